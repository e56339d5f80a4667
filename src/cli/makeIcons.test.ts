import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BRAND } from './webManifest';
import { PUBLIC_DIR, appFiles, iconPng } from './makeIcons';

/** The RGBA of one pixel of a PNG that iconPng wrote (filter byte 0 on every row). */
function pixel(png: Buffer, size: number, x: number, y: number): string {
  const idat = png.indexOf('IDAT', 0, 'latin1');
  const length = png.readUInt32BE(idat - 4);
  const raw = inflateSync(png.subarray(idat + 4, idat + 4 + length));
  const at = y * (1 + 4 * size) + 1 + 4 * x;
  return `#${raw.subarray(at, at + 3).toString('hex')}/${raw[at + 3]}`;
}

describe('app icons and manifest', () => {
  it('are committed exactly as npm run gen:icons draws them', () => {
    for (const { file, bytes } of appFiles()) expect(readFileSync(PUBLIC_DIR + file).equals(bytes), file).toBe(true);
  });

  it('draw the facility, the ring and the ground where the geometry puts them', () => {
    const png = iconPng(512);
    // Centre: the facility disc (radius 30).
    expect(pixel(png, 512, 256, 256)).toBe(`${BRAND.figure}/255`);
    // 200 units above the centre the ring (radius 200, 24 wide) spans rows 44–67; row 56 is on it.
    expect(pixel(png, 512, 256, 56)).toBe(`${BRAND.figure}/255`);
    // Row 20 is outside the ring but inside the rounded square.
    expect(pixel(png, 512, 256, 20)).toBe(`${BRAND.ground}/255`);
    // The corner pixel lies outside the rounded square's 96-unit corner arc.
    expect(pixel(png, 512, 0, 0)).toBe('#000000/0');
  });
});
