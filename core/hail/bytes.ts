// UTF-8 encoding into preallocated buffers, for the writers that stream lines into byte chunks.

type Utf8Writer = Buffer & { utf8Write?: (text: string, offset: number) => number };

/**
 * Writes `text` as UTF-8 into `buf` at `offset` and returns the number of bytes written (the caller
 * makes room: up to 3 bytes per UTF-16 unit). Lone surrogates become U+FFFD, as with Buffer#write.
 * Node's own `utf8Write` is used when present: `Buffer#write(text, offset)` goes through argument
 * handling that costs several times the encoding itself on short strings.
 */
export const writeUtf8: (buf: Buffer, text: string, offset: number) => number =
  typeof (Buffer.prototype as Utf8Writer).utf8Write === 'function'
    ? (buf, text, offset) => (buf as Utf8Writer).utf8Write!(text, offset)
    : (buf, text, offset) => buf.write(text, offset);
