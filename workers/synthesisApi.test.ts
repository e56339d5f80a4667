import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { community, synthesisCity, target } from '../src/fixtures/synthesisCity';
import { GOV2020_PINNED } from '../src/fixtures/tinyCity';
import { synthesisApi } from './synthesisApi';
import { loadValidator } from './validator';

// The engine worker loads its validator on first need (workers/validator.ts); these tests call its API directly.
beforeAll(loadValidator);

// The app's bundler gives the .wasm a URL; in Node the runtime reads it from the package.
vi.mock('highs/runtime?url', () => ({ default: createRequire(import.meta.url).resolve('highs/runtime') }));

const short = (id: string, households: number, space: number) => community({ id, households, space, staff: { inPost: 6, certified: 0, bachelor: 0 } });

describe('a programme beyond the browser cap', () => {
  // Two communities short of space, every one to meet the rule by 2027, lead time one year, the
  // plan's capacity kept, no budgets (GOV2020's per-community funds kept: a file must stay in range):
  //   columns: the capacity; per year a hire, a stock and a "capacity binds" binary (one district),
  //            3 × 2 = 6; one start per community, 2026 only (2027 starts complete too late) → 1 + 6 + 2 = 9,
  //            integers all but the two stocks → 7
  //   rows: per year a stock row, a "full unless capacity binds" row and two capacity rows → 8;
  //         one "at most one start" row per community → 2; the target: both communities → 1; in all 11
  it('is turned away with its size in rows, columns and integers, unsolved', async () => {
    const s = synthesisCity([short('A', 2000, 450), short('B', 1200, 200)], 2027, { overrides: GOV2020_PINNED, targets: [target('all', 'spaceShareMet', 1, 2027)] });
    expect(await synthesisApi.synthesize(s, { maxColumns: 8 })).toEqual({ ok: false, tooLarge: { rows: 11, cols: 9, integers: 7, max: 8 } });
    const fits = await synthesisApi.synthesize(s, { maxColumns: 9 });
    expect(fits.ok && fits.result.status).toBe('accepted');
  });
});

describe('a year of lead time, asked for after the plan', () => {
  // The same two communities, both to meet the rule by 2027 at least total cost, lead time one year:
  // both start in 2026. Lead 0 lets them start in 2027 as well, at the same cost: nothing saved.
  // Lead 2 completes nothing by 2027: no plan. The basis crosses to the worker as a copy, as over postMessage.
  it('is solved from the basis the synthesis left, apart from it', async () => {
    const s = synthesisCity([short('A', 2000, 450), short('B', 1200, 200)], 2027, { overrides: GOV2020_PINNED, targets: [target('all', 'spaceShareMet', 1, 2027)] });
    const found = await synthesisApi.synthesize(s, {});
    if (!found.ok || !found.result.leadTimeBasis) throw new Error('no plan to value the lead time of');
    const lead = await synthesisApi.leadTime(s, {}, structuredClone(found.result.leadTimeBasis));
    expect(lead).toEqual({ ok: true, values: [{ years: 0, from: 1, saved: expect.closeTo(0, 6) }, { years: 2, from: 1, saved: null }] });
  });
});
