/**
 * Turns a part's inflated bytes into text for the parser, chunk by chunk. A part inflated in one
 * piece (the usual case) is decoded by a shared decoder, a part inflated in several chunks by a
 * streaming decoder of its own. UTF-16 parts are recognised by their byte order mark.
 *
 * `prose` picks how a one-piece UTF-8 part is decoded. Node's one-shot path is the fastest for
 * markup (ASCII), while decoding as a stream and flushing goes through its converter, which
 * turns text with CJK characters into a string 10–20 % faster: worth it for the document body.
 * Both give the same string.
 */
export function createPartDecoder(prose: boolean): (chunk: Uint8Array, final: boolean) => string {
  let streaming: TextDecoder | undefined
  return (chunk, final) => {
    if (streaming === undefined) {
      const encoding = detectEncoding(chunk)
      if (final && encoding === 'utf-8') return prose ? proseUtf8.decode(chunk, { stream: true }) + proseUtf8.decode() : markupUtf8.decode(chunk)
      streaming = new TextDecoder(encoding)
    }
    return streaming.decode(chunk, { stream: !final })
  }
}

const markupUtf8 = new TextDecoder()
const proseUtf8 = new TextDecoder()

function detectEncoding(first: Uint8Array): string {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le'
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be'
  return 'utf-8'
}
