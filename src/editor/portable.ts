// What the editor would otherwise take from Node (`node:path`, `Buffer`), written with
// the web platform's globals so that one source runs in both extension hosts: Node's
// and the browser's web worker (vscode.dev, github.dev), which has no Node built-ins.

/** The last segment of a URI's path (`Uri.path` always uses `/`, on every platform). */
export function basename(uriPath: string): string {
  return uriPath.slice(uriPath.lastIndexOf('/') + 1)
}

/** The length of `text` in UTF-8 bytes, without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit < 0xdc00 && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4 // a surrogate pair: one code point beyond the BMP
      index++
    } else bytes += 3 // a lone surrogate becomes U+FFFD, three bytes, as TextEncoder writes it
  }
  return bytes
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit < 0xe000
}

/** A nonce for a webview's Content-Security-Policy: 128 random bits, base64. */
export function cspNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}
