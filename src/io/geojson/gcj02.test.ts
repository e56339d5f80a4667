import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, outOfChina, wgs84ToGcj02 } from './gcj02';
import { distanceKm } from './positions';

// Published vectors of the standard transform (eviltransform's tests): [wgs lon, lat] → [gcj lon, lat].
const VECTORS: { name: string; wgs: [number, number]; gcj: [number, number] }[] = [
  { name: 'Shanghai', wgs: [121.5272106, 31.1774276], gcj: [121.531541859215, 31.17530398364597] },
  { name: 'Shenzhen', wgs: [113.912316, 22.543847], gcj: [113.9171764808363, 22.540796131694766] },
  { name: 'Beijing', wgs: [116.377817, 39.911954], gcj: [116.38404722455657, 39.91334545536069] },
];

const metres = (a: [number, number], b: [number, number]) => distanceKm(a, b) * 1000;

describe('GCJ-02', () => {
  it.each(VECTORS)('forward matches the published vector for $name', ({ wgs, gcj }) => {
    const [lon, lat] = wgs84ToGcj02(...wgs);
    expect(lon).toBeCloseTo(gcj[0], 9);
    expect(lat).toBeCloseTo(gcj[1], 9);
  });

  it.each(VECTORS)('the inverse recovers $name within a centimetre', ({ wgs, gcj }) => {
    expect(metres(gcj02ToWgs84(...gcj), wgs)).toBeLessThan(0.01);
  });

  it('round-trips every point of a grid over China within 1 m', () => {
    let worst = 0;
    for (let lon = 74; lon <= 134; lon += 2.5) {
      for (let lat = 18; lat <= 53; lat += 2.5) {
        const back = gcj02ToWgs84(...wgs84ToGcj02(lon, lat));
        worst = Math.max(worst, metres(back, [lon, lat]));
      }
    }
    expect(worst).toBeLessThan(1);
  });

  it('moves a point in Nanjing by a few hundred metres, as the datum is known to', () => {
    const d = metres(wgs84ToGcj02(118.8, 32.05), [118.8, 32.05]);
    expect(d).toBeGreaterThan(100);
    expect(d).toBeLessThan(1000);
  });

  it('leaves points outside China alone', () => {
    expect(outOfChina(-0.1276, 51.5072)).toBe(true);
    expect(wgs84ToGcj02(-0.1276, 51.5072)).toEqual([-0.1276, 51.5072]);
    expect(gcj02ToWgs84(139.69, 35.69)).toEqual([139.69, 35.69]);
  });
});
