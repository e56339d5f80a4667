import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { highsSolver, synthesize } from '../src/engine';
import { community, synthesisCity, target } from '../src/fixtures/synthesisCity';
import { GOV2020_PINNED } from '../src/fixtures/tinyCity';
import { MAX_BROWSER_COLUMNS, columnBound, synthesisApi } from './synthesisApi';

const short = (id: string) => community({ id, households: 2000, space: 450, staff: { inPost: 6, certified: 0, bachelor: 0 } });

describe('columnBound', () => {
  it('counts the columns before solving, and never fewer than the programme has', async () => {
    const s = synthesisCity([short('A'), short('B')], 2027, { targets: [target('all', 'spaceShareMet', 1, 2027)] });
    // two years × (2 communities + 2 × 1 district + 4) + the capacity = 17
    expect(columnBound(s)).toEqual({ cols: 17, communities: 2, years: 2 });
    const r = synthesize(s, highsSolver(await loadHighs()), { freeHiring: true });
    expect(r.size.cols).toBeLessThanOrEqual(17);
  });

  it('turns a city beyond the browser cap away with its size, without solving', async () => {
    // 50,000 columns over 5 years: (n + 2 + 4) × 5 + 1 > 50,000 from n = 9,994 communities
    const many = Array.from({ length: 9_994 }, (_, i) => short(`c${i}`));
    // A file within the rule set's ranges (validation comes first): the per-community funds as GOV2020 has them.
    const s = synthesisCity(many, 2030, { overrides: GOV2020_PINNED });
    expect(columnBound(s).cols).toBe(50_001);
    const outcome = await synthesisApi.synthesize(s, {});
    expect(outcome).toEqual({ ok: false, tooLarge: { cols: 50_001, max: MAX_BROWSER_COLUMNS, communities: 9_994, years: 5 } });
  });
});
