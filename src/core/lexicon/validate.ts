// Checks lexicon data against the JSON Schemas in schema/. A small validator for the
// subset of JSON Schema those files use, so a language added at run time gets the
// same checks as the built-in files, without a schema library in the bundle.

/** The JSON Schema keywords the lexicon schemas use; any other keyword is refused. */
export interface Schema {
  $schema?: string
  $id?: string
  title?: string
  description?: string
  type?: JsonType
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: boolean | Schema
  items?: Schema
  enum?: unknown[]
  minLength?: number
  maxLength?: number
  minimum?: number
}

type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null'

const known = new Set([
  '$schema', '$id', 'title', 'description', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum',
  'minLength', 'maxLength', 'minimum'
])

function typeOf(value: unknown): JsonType | 'undefined' {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'object')
    return typeof value as JsonType
  return 'undefined'
}

/** Every way `value` breaks `schema`, as `path: problem`; empty when it fits. */
export function validate(value: unknown, schema: Schema, path = '$'): string[] {
  const errors: string[] = []
  for (const keyword of Object.keys(schema)) {
    if (!known.has(keyword)) throw new Error(`schema at ${path}: keyword ${keyword} is not supported`)
  }
  const actual = typeOf(value)
  if (schema.type && actual !== schema.type && !(schema.type === 'number' && actual === 'integer')) {
    return [`${path}: expected ${schema.type}, found ${actual}`]
  }
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: expected one of ${schema.enum.join(', ')}`)
  if (typeof value === 'string') {
    // Length in characters, as JSON Schema counts it, not UTF-16 code units.
    const length = [...value].length
    if (schema.minLength !== undefined && length < schema.minLength)
      errors.push(`${path}: shorter than ${schema.minLength}`)
    if (schema.maxLength !== undefined && length > schema.maxLength)
      errors.push(`${path}: longer than ${schema.maxLength}`)
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum)
    errors.push(`${path}: below ${schema.minimum}`)
  const {items} = schema
  if (Array.isArray(value) && items) {
    for (const [k, item] of value.entries()) errors.push(...validate(item, items, `${path}[${k}]`))
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>
    for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${path}: ${key} is missing`)
    for (const [key, item] of Object.entries(record)) {
      const property = schema.properties?.[key]
      if (property) errors.push(...validate(item, property, `${path}.${key}`))
      else if (schema.additionalProperties === false) errors.push(`${path}: ${key} is not allowed`)
      else if (typeof schema.additionalProperties === 'object')
        errors.push(...validate(item, schema.additionalProperties, `${path}.${key}`))
    }
  }
  return errors
}
