/**
 * Bytes of a text file to text. Excel and Notepad on a Chinese Windows save in GBK rather than UTF-8,
 * so bytes that are not valid UTF-8 are read as GB 18030 (a superset of GBK) instead of turning names
 * into mojibake; bytes that are neither give null, for the caller to say so.
 */
export type Encoding = 'utf-8' | 'gb18030';

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    try {
      // A byte-order mark (Excel writes one) is not part of the text.
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding };
    } catch {
      // Not this encoding: try the next.
    }
  }
  return null;
}
