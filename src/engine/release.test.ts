/**
 * A host done with a projection hands its storage back (release.ts): the released projection can no
 * longer be read, the next run of a city that size reuses the storage and gives every figure a run on
 * fresh storage gives, to the last bit, a run that cannot use it lets it go, and runs that follow one
 * another in one task keep none alive.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbScenario } from '../fixtures/arbScenario';
import { demoScenario } from '../fixtures/demo/demoScenario';
import { Arena } from './arena';
import { flatten } from './flatten';
import { project } from './project';
import { SERIES, type Projection } from './projection';
import { releaseProjection } from './release';
import { runScenario } from './run';
import { handOnKept } from './runBuffers';
import type { Scenario } from './scenario';

/** Every series and cost line of a projection, copied out, with the rest of it as text (−0 kept apart from +0). */
function figures(p: Projection): { arrays: number[][]; rest: string } {
  const arrays = [...SERIES.map((name) => Array.from(p.series[name])), ...p.costs.map((c) => Array.from(c)), Array.from(p.quotas)];
  const { payers, hiring, building, projectStarts, coverage } = p;
  const rest = JSON.stringify({ payers, hiring, building, projectStarts, coverage }, (_, v) => (Object.is(v, -0) ? '-0' : ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v));
  return { arrays, rest };
}

/** The first few places two sets of figures differ, values compared with Object.is (−0 is not +0, NaN is NaN). */
function differences(a: ReturnType<typeof figures>, b: ReturnType<typeof figures>): string[] {
  const out: string[] = [];
  a.arrays.forEach((x, k) => {
    for (let i = 0; i < x.length && out.length < 5; i++) if (!Object.is(x[i], b.arrays[k][i])) out.push(`array ${k} [${i}]: ${x[i]} vs ${b.arrays[k][i]}`);
  });
  if (a.rest !== b.rest) out.push('payers, hiring, building, project starts or coverage differ');
  return out;
}

/** No released storage for the next run to take: an empty buffer is smaller than any run's. */
const noSpare = () => handOnKept(new ArrayBuffer(0));

/**
 * A fresh run's figures, then the same scenario run again on that run's storage after it was filled with
 * the byte `junk` (and grown by the fraction `extra`, up to the half that is taken) and released. Says whether the second run took the storage.
 */
function freshThenOnReleased(s: Scenario, junk: number, extra = 0): { fresh: ReturnType<typeof figures>; reused: ReturnType<typeof figures>; took: boolean } {
  noSpare();
  const first = runScenario(s).projection;
  const fresh = figures(first);
  let storage = first.series.inPost.buffer as ArrayBuffer;
  if (extra > 0) {
    // A larger released buffer (a slightly larger city's) serves as well: the run cuts what it needs from the front.
    const larger = new ArrayBuffer(Math.floor(storage.byteLength * (1 + extra)));
    releaseProjection(first);
    storage = larger;
    handOnKept(larger);
  } else releaseProjection(first);
  new Uint8Array(storage).fill(junk);
  const second = runScenario(s).projection;
  return { fresh, reused: figures(second), took: second.series.inPost.buffer === storage };
}

describe('releasing a projection', () => {
  it('makes its figures throw a clear error when read, through the projection or its lists, and a second release too', () => {
    const { projection } = runScenario(demoScenario());
    const { series, costs } = projection;
    releaseProjection(projection);
    expect(() => projection.series).toThrow(/released/);
    expect(() => projection.costs).toThrow(/released/);
    expect(() => projection.quotas).toThrow(/released/);
    expect(() => series.inPost).toThrow(/released/);
    expect(() => series.spaceCompleted).toThrow(/released/);
    expect(() => costs[0]).toThrow(/released/);
    expect(() => releaseProjection(projection)).toThrow(/released/);
    // What is not storage stays readable: the payers' and hiring's plain figures.
    expect(projection.payers.city.length).toBe(projection.years.length);
  });

  it('lets the next run take its storage and give every figure a fresh run gives, to the bit, on the demo and random scenarios', () => {
    // Each byte value makes different junk: 0xff is NaN in a double and −1 in an integer, 0xa5 a tiny negative double.
    for (const junk of [0xff, 0xa5, 0x80]) {
      const { fresh, reused, took } = freshThenOnReleased(demoScenario(), junk);
      expect(took).toBe(true);
      expect(differences(reused, fresh)).toEqual([]);
    }
    fc.assert(
      fc.property(arbScenario, fc.constantFrom(0xff, 0xa5, 0x80, 0x7f), fc.constantFrom(0, 0.01, 0.5), (s, junk, extra) => {
        const { fresh, reused, took } = freshThenOnReleased(s, junk, extra);
        expect(took).toBe(true);
        expect(differences(reused, fresh)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('lets the storage go at the next run that cannot use it: one of another size, or one on an Arena\'s arrays', () => {
    const small: Scenario = { ...demoScenario(), city: { ...demoScenario().city, districts: demoScenario().city.districts.slice(0, 1) } };
    const others = [() => runScenario(small).projection, () => project(demoScenario(), {}, { flat: flatten(demoScenario().city), prep: null, alloc: new Arena() })];
    for (const other of others) {
      noSpare();
      const demo = runScenario(demoScenario()).projection;
      const storage = demo.series.inPost.buffer;
      releaseProjection(demo);
      expect(other().series.inPost.buffer).not.toBe(storage);
      // Not kept for a later run that could have used it: it outlives no search.
      expect(runScenario(demoScenario()).projection.series.inPost.buffer).not.toBe(storage);
    }
  });

  it('keeps no run alive while runs follow one another in one task, released or not', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const s = demoScenario();
    // Twice: a collection frees array memory on a helper thread, and the next one waits for that.
    const settled = () => (gc(), gc(), process.memoryUsage().arrayBuffers);
    // A first run fills what the process keeps for later runs (the spare storage, caches of the city's coverage).
    releaseProjection(runScenario(s).projection);
    const before = settled();
    const one = runScenario(s).projection;
    // What one run holds: its figures' storage and its flat city's base arrays.
    const oneRun = one.series.inPost.buffer.byteLength + Object.values(one.base).reduce((sum, a) => sum + a.byteLength, 0);
    releaseProjection(one);
    for (let i = 0; i < 20; i++) releaseProjection(runScenario(s).projection);
    for (let i = 0; i < 20; i++) runScenario(s);
    // Forty runs kept would hold forty times a run's arrays; one run's is the margin.
    expect(settled() - before).toBeLessThan(oneRun);
  });
});
