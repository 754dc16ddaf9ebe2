// The one use of Node's Buffer in the suites, for the web worker extension host:
// Buffer.from(string) to write a file, Buffer.from(bytes).toString() to read one, UTF-8.

function from(value: string | Uint8Array, _encoding?: 'utf8'): Uint8Array {
  const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : new Uint8Array(value)
  bytes.toString = () => new TextDecoder('utf-8').decode(bytes)
  return bytes
}

export const Buffer = {from}
