import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildRunView, explain, runScenario } from '../src/engine';
import { smallScenario } from '../src/fixtures/smallScenario';
import { runApi } from './runApi';
import { loadValidator } from './validator';

beforeAll(loadValidator);

/** Every array an arena lends, by the run it was lent to. */
const lentByRun: (Float64Array | Int32Array | Uint16Array | Uint8Array)[][] = [];
vi.mock('../src/engine/arena', async (original) => {
  const { Arena } = await original<typeof import('../src/engine/arena')>();
  return {
    Arena: class {
      private readonly inner = new Arena();
      private readonly lend = <T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(a: T): T => {
        lentByRun.at(-1)?.push(a);
        return a;
      };
      readonly f64 = (length: number): Float64Array => this.lend(this.inner.f64(length));
      readonly i32 = (length: number): Int32Array => this.lend(this.inner.i32(length));
      readonly u16 = (length: number): Uint16Array => this.lend(this.inner.u16(length));
      readonly u8 = (length: number): Uint8Array => this.lend(this.inner.u8(length));
      reset(): void {
        this.inner.reset();
      }
    },
  };
});

const withCapacity = (s: ReturnType<typeof smallScenario>, capacityPerYear: number) => ({ ...s, plan: { ...s.plan, hiring: { ...s.plan.hiring, capacityPerYear } } });

const paths = (s: ReturnType<typeof smallScenario>) => {
  const id = s.city.districts[0].streets[0].communities[0].id;
  return [`entity/${id}/${s.horizon.lastYear}/inPost`, `funding/city/${s.horizon.lastYear}`];
};

describe('lever runs on a kept city', () => {
  it("fill the arrays of the run before them, with a fresh run's figures, and explain their own", async () => {
    const base = smallScenario();
    const { city: _, ...rest } = withCapacity(base, 0);
    lentByRun.push([]);
    expect(runApi.run(base, undefined, 41).ok).toBe(true);
    for (const capacity of [0, 3, 40]) {
      lentByRun.push([]);
      const out = runApi.runKeptCity({ ...rest, plan: withCapacity(base, capacity).plan }, undefined, 41);
      const fresh = runScenario(withCapacity(base, capacity));
      const view = buildRunView(fresh, withCapacity(base, capacity));
      expect(out?.ok && [...out.view.communities.spending]).toEqual([...view.communities.spending]);
      expect(out?.ok && out.view.metrics).toEqual(view.metrics);
      for (const path of paths(base)) expect(await runApi.explain(path)).toEqual({ ok: true, explanation: explain(fresh.projection, path) });
    }
    // The first run on the city makes its arrays; each run after it takes the same ones again.
    const [first, ...later] = lentByRun;
    expect(first.length).toBeGreaterThan(10);
    for (const run of later) expect(new Set([...run, ...first]).size).toBe(first.length);
  });

  it('are not lent arrays another city revision used', () => {
    lentByRun.length = 0;
    lentByRun.push([]);
    expect(runApi.run(smallScenario(), undefined, 42).ok).toBe(true);
    lentByRun.push([]);
    expect(runApi.run(smallScenario(), undefined, 43).ok).toBe(true);
    expect(lentByRun[1].some((a) => lentByRun[0].includes(a))).toBe(false);
  });
});
