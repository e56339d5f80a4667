import { correction, generate } from 'lean-qr';
import { describe, expect, it } from 'vitest';
import { fitsQr, QR_MAX_BYTES, qrBytes } from './qrFit';

const link = (length: number) => {
  const head = 'https://shapan.example.gov.cn/#/share/s2.';
  return head + 'x'.repeat(length - head.length);
};

describe('whether a share link fits a QR code', () => {
  it('takes links up to 2,953 bytes, what version 40 holds at level L, and no more', () => {
    expect(fitsQr(link(2953))).toBe(true);
    expect(fitsQr(link(2954))).toBe(false);
    // the bound is the code's: the longest link that fits is encoded, one byte more is refused
    expect(generate(link(QR_MAX_BYTES), { minCorrectionLevel: correction.L }).size).toBe(177);
    expect(() => generate(link(QR_MAX_BYTES + 1), { minCorrectionLevel: correction.L })).toThrow();
  });

  it('counts UTF-8 bytes, not characters: a Chinese page address takes three bytes a character', () => {
    const url = 'https://例子.cn/#/share/' + 'x'.repeat(2929);
    expect(url.length).toBeLessThan(QR_MAX_BYTES);
    expect(qrBytes(url)).toBe(url.length + 4);
    expect(fitsQr(url)).toBe(false);
  });

  it('gives a short compact link a small code', () => {
    const code = generate(link(600), { minCorrectionLevel: correction.L });
    // 600 bytes need version 17 at L (639 bytes) or 20 at M; the smallest version is kept
    expect(code.size).toBeLessThanOrEqual(17 * 4 + 17);
  });
});
