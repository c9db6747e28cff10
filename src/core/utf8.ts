/**
 * Sizes as they go over the wire. Excel on the web limits a request and a response to 5 MB of
 * UTF-8, not 5 million characters: a Chinese character is 3 bytes, so a size counted in
 * characters is ~3× short for a Chinese book.
 */

const NON_ASCII = /[\u0080-\uffff]/;

/** UTF-8 length of a string without allocating. */
export function utf8Length(s: string): number {
  if (!NON_ASCII.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** UTF-8 bytes of a value's JSON (0 for undefined). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? 0 : utf8Length(text);
}
