/**
 * Values that pass a schema of types and ranges yet hang or crash what comes after (issue 13): a lead
 * time of 2⁵³−1 years, an area of 10¹⁵ m², a coordinate of 10¹⁸ m, a wage of 10³⁰⁸ yuan. Every number
 * of a scenario, in both coordinate systems, is set to each of them in turn: the validator must refuse
 * every one, naming that field in both languages, before the engine sees it.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenario';
import { smallScenario } from '../../fixtures/smallScenario';
import { validateScenario } from '../validateScenario';
import { type PathSegment } from '../validationError';
import { formatPath } from '../formatPath';

const HOSTILE_NUMBERS = [Number.MAX_SAFE_INTEGER, 1e12 + 1, 1e15, 1e18, 1e20, 1e308, -1e18];

function localCopy(): Scenario {
  const s = smallScenario();
  s.city.spatial = { crs: 'local' };
  let x = 0;
  for (const d of s.city.districts) for (const st of d.streets) for (const c of st.communities) c.location = { x: (x += 500), y: 0 };
  s.city.facilities = [];
  return s;
}

const SOURCES: { name: string; make: () => Scenario }[] = [
  { name: 'smallScenario (lon/lat)', make: smallScenario },
  { name: 'smallScenario (local metres)', make: localCopy },
];

/** Every number in the document, by path. */
function numbers(value: unknown, path: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  if (typeof value === 'number') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => numbers(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbers(v, [...path, k], out);
  return out;
}

function setAt(doc: unknown, path: readonly PathSegment[], value: number): void {
  let node = doc as Record<PathSegment, unknown>;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<PathSegment, unknown>;
  node[path[path.length - 1]] = value;
}

describe('hostile numbers in every field', () => {
  it.each(SOURCES)('$name: each is refused, naming its field', { timeout: 60_000 }, ({ make }) => {
    const paths = numbers(make());
    expect(paths.length).toBeGreaterThan(40);
    let tried = 0;
    for (const path of paths) {
      for (const value of HOSTILE_NUMBERS) {
        const doc = make();
        setAt(doc, path, value);
        const result = validateScenario(doc);
        const where = `${formatPath(path)} = ${value}`;
        tried++;
        // A seed may be any integer a double holds exactly.
        if (formatPath(path) === 'seed' && Number.isSafeInteger(value) && value >= 0) continue;
        expect(result.ok, where).toBe(false);
        if (result.ok) continue;
        expect(result.errors.map((e) => e.path), where).toContain(formatPath(path));
        for (const e of result.errors) {
          expect(e.zh, where).toMatch(/[\u4e00-\u9fff]/);
          expect(e.en, where).toMatch(/[A-Za-z]{3}/);
        }
      }
    }
    expect(tried).toBe(paths.length * HOSTILE_NUMBERS.length);
  });
});
