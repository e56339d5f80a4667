import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteCity } from '../fixtures/siteCity';
import { target } from '../fixtures/synthesisCity';
import { GOV2020_PINNED, community, tinyCity } from '../fixtures/tinyCity';
import { runScenario } from '../engine/run';
import { validateScenario } from '../io/validateScenario';
import { main } from './optimize';
import { EXIT, type Io } from './simulate';

const dir = mkdtempSync(join(tmpdir(), 'shapan-optimize-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Two communities short of space: A 150 m² (600,000 yuan), B 160 m² (640,000); half of them by 2027 → A, started 2026.
// GOV2020's own per-community funds stay (a file must keep them within their range).
const city = tinyCity(
  [community({ id: 'A', households: 2000, space: 450, staff: { inPost: 6, certified: 0, bachelor: 0 } }), community({ id: 'B', households: 1200, space: 200, staff: { inPost: 5, certified: 0, bachelor: 0 } })],
  {
    overrides: GOV2020_PINNED,
    horizon: { baseYear: 2025, firstYear: 2026, lastYear: 2027 },
    targets: [target('half', 'spaceShareMet', 0.5, 2027)],
    plan: { budgets: { district: { '2026': 5_000_000, '2027': 5_000_000 } } },
  },
);
const input = join(dir, 'city.json');
writeFileSync(input, JSON.stringify(city));

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t) };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('optimize', () => {
  it('writes a valid scenario carrying the plan and prints the model size, rounds and verdicts', async () => {
    const file = join(dir, 'plan.json');
    const { code, out } = await run(input, '--out', file);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/model: \d+ rows, \d+ columns, \d+ integer/);
    expect(out).toContain('rounds of verification: 1');
    expect(out).toContain('✓ half 2027');
    // Lead time 1: A starts in 2026. Lead 0 lets it start in 2027 too, at the same cost; lead 2 completes nothing by 2027.
    expect(out).toContain('建设周期缩短一年（1 → 0 年）目标值不变 / Building lead time one year shorter (1 → 0 years): the objective would not change');
    expect(out).toContain('建设周期延长一年（1 → 2 年）则无方案满足目标 / Building lead time one year longer (1 → 2 years): no plan would meet the targets');
    const written = validateScenario(JSON.parse(readFileSync(file, 'utf8')));
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(written.scenario.plan.building.projects.map((p) => [p.target, p.m2, p.startYear])).toEqual([['A', 150, 2026]]);
    // The district's budget becomes what it spends, whole yuan rounded up: the engine finds no shortfall and nothing idle.
    const p = runScenario(written.scenario).projection;
    for (const [y, year] of p.payers.district.entries()) {
      expect(year.shortfall).toBe(0);
      expect((written.scenario.plan.budgets.district![String(p.years[y])] as number) - year.spent).toBeLessThan(1);
    }
  });

  it('refuses --out naming the input file', async () => {
    const { code, err } = await run(input, '--out', input);
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('--out');
  });

  it('refuses an objective it does not know', async () => {
    const { code, err } = await run(input, '--objective', 'peak:nation');
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('--objective');
  });

  it('says which target and limit conflict and exits 1', async () => {
    const { code, err } = await run(input, '--ceiling', 'district=100');
    expect(code).toBe(EXIT.failed);
    expect(err).toContain('不能同时满足');
    expect(err).toContain('cannot both be met');
  });

  // fixtures/siteCity.ts: 80% of residents within the walk of a market by 2027 → K1 and K3 (sites.test.ts
  // works it); GOV2020's per-community funds stay, as in the city above.
  it('--sites: the chosen sites are in the written plan as facilities and listed by year', async () => {
    const sites = join(dir, 'sites.json');
    writeFileSync(sites, JSON.stringify({ ...siteCity(2027, 0.8), ruleSet: { id: 'GOV2020', overrides: GOV2020_PINNED } }));
    const file = join(dir, 'sites-plan.json');
    const { code, out } = await run(sites, '--sites', '--out', file);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('2027年新开设施 2 处（便民市场 2）');
    expect(out).toContain('2027: 2 facilities open (convenience market 2)');
    const written = validateScenario(JSON.parse(readFileSync(file, 'utf8')));
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(written.scenario.plan.facilities!.map((f) => [f.id, f.openingYear])).toEqual([['K1', 2027], ['K3', 2027]]);
    expect(written.scenario.plan.candidateSites!.map((f) => f.id)).toEqual(['K2']);
  });

  it('without --sites a coverage target is out of reach, and the summary says how to reach it', async () => {
    const sites = join(dir, 'sites.json');
    const { code, err } = await run(sites);
    expect(code).toBe(EXIT.failed);
    expect(err).toContain('add --sites');
  });
});
