// The editor's stand-ins for Node built-ins (src/editor/portable.ts) must agree with
// what Node gave before, since the web worker extension host has no Node.
import assert from 'node:assert/strict'
import {basename, cspNonce, utf8ByteLength} from '../../src/editor/portable.js'

describe('portable stand-ins for Node built-ins', () => {
  it('counts UTF-8 bytes as Buffer.byteLength does', () => {
    const texts = [
      'Die Stadt zählte 2023 rund 12.400 Einwohner, teilte das Statistikamt mit.',
      'Prices rose 3.2 per cent, the ONS said — “faster than expected”.',
      'Der Umsatz stieg um 5 € auf 120 000 €. 😀 Ende.',
      '𝟘 Mathe, 中文 und ½',
      'lone \ud800 high and \udc00 low surrogates',
      ''
    ]
    for (const text of texts) assert.equal(utf8ByteLength(text), Buffer.byteLength(text, 'utf8'), text)
  })

  it('names the last segment of a URI path, also of a virtual or remote file', () => {
    assert.equal(basename('/home/redaktion/artikel/mietpreise.news'), 'mietpreise.news')
    assert.equal(basename('/owner/repo/drafts/election night.article'), 'election night.article')
    assert.equal(basename('Untitled-1'), 'Untitled-1')
  })

  it('makes a fresh base64 nonce of 128 bits for each webview page', () => {
    const first = cspNonce()
    assert.match(first, /^[A-Za-z0-9+/]{22}==$/)
    assert.equal(Buffer.from(first, 'base64').length, 16)
    assert.notEqual(cspNonce(), first)
  })
})
