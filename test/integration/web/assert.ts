// node:assert/strict for the web worker extension host, which has no Node built-ins:
// the functions the suites call, with Node's semantics (strict equality, deep equality
// of plain data), throwing an error that names what differed.

export class AssertionError extends Error {
  override name = 'AssertionError'
}

function fail(message: string | Error | undefined, fallback: string): never {
  if (message instanceof Error) throw message
  throw new AssertionError(message ?? fallback)
}

const show = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`)
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`)
}

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message, `expected anything but ${show(expected)}`)
}

function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  const recordA = a as Record<string, unknown>
  const recordB = b as Record<string, unknown>
  return keysA.every((key) => Object.hasOwn(recordB, key) && sameData(recordA[key], recordB[key]))
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!sameData(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`)
}

export function match(text: string, pattern: RegExp, message?: string | Error): void {
  if (typeof text !== 'string' || !pattern.test(text)) fail(message, `${show(text)} does not match ${pattern}`)
}

export function doesNotMatch(text: string, pattern: RegExp, message?: string | Error): void {
  if (typeof text !== 'string' || pattern.test(text)) fail(message, `${show(text)} matches ${pattern}`)
}
