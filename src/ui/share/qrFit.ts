/**
 * Whether a link goes into one QR code. The largest code (version 40, 177 × 177 modules) at the lowest
 * error correction (L, about 7% of the code may be damaged) holds 2,953 bytes in byte mode (ISO/IEC
 * 18004:2015, table 7). A code shown on a screen is not scuffed or folded, so L is enough; the code is
 * made at the smallest version L allows and given the highest correction that still fits that version
 * (lean-qr's rule), so short links get sturdier codes at no cost in size.
 */
export const QR_MAX_BYTES = 2953;

/** The link's length as the code stores it: UTF-8 bytes (a page address may hold non-ASCII characters). */
export function qrBytes(url: string): number {
  return new TextEncoder().encode(url).length;
}

export function fitsQr(url: string): boolean {
  return qrBytes(url) <= QR_MAX_BYTES;
}
