/**
 * The numbers the built-in exercises quote in their briefs, reasoning and hints, checked against the
 * engine's run: each claim names the words it is quoted in (which must still be there) and works the
 * figure out of the run of the plan it speaks of. When the engine or a rule set changes a figure, the
 * claim fails and the prose must be checked again.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { costTotal } from '../../engine/aggregate';
import { applyLevers, runScenario, startingValues } from '../../engine/index';
import type { Projection } from '../../engine/projection';
import type { CostItem } from '../../engine/projection';
import type { Payer } from '../../engine/scenario';
import type { Exercise, LeverValues } from '../../engine/training/index';
import { validateExercise } from './validateExercise';

const dir = fileURLToPath(new URL('../../../scenarios/training/', import.meta.url));

function load(id: string): Exercise {
  const checked = validateExercise(JSON.parse(readFileSync(`${dir}${id}.json`, 'utf8')));
  if (!checked.ok) throw new Error(id);
  return checked.exercise;
}

type Plan = 'reference' | 'starting' | LeverValues;

interface Claim {
  /** the words, in the English text, the figure is quoted in */
  quote: string;
  plan: Plan;
  value: (p: Projection) => number;
  expected: number;
  /** how close the quote is rounded */
  within: number;
}

const years = (p: Projection) => p.years.map((_, y) => y);
const spent = (payer?: Payer, item?: CostItem, only?: number) => (p: Projection) =>
  (only === undefined ? years(p) : [only]).reduce((s, y) => s + costTotal(p, y, { payer, item }), 0);
const communities = (series: keyof Projection['series'], y: number) => (p: Projection) => {
  let s = 0;
  for (let e = 0; e < p.nCommunities; e++) s += p.series[series][y * p.nEntities + e];
  return s;
};
const districtQuotas = (p: Projection, y: number) => p.quotas.subarray(y * p.nDistricts, (y + 1) * p.nDistricts).reduce((a, b) => a + b, 0);
const baseSum = (what: 'inPost' | 'space') => (p: Projection) => p.base[what].slice(0, p.nCommunities).reduce((a, b) => a + b, 0);
const coverage = (y: number) => (p: Projection) => p.coverage!.city.all5.coveredResidents[y] / p.coverage!.city.all5.residents[y];

const CLAIMS: Record<string, Claim[]> = {
  'community-funds': [
    { quote: '18,252 households × 10 yuan', plan: 'reference', value: communities('households', 3), expected: 18_252, within: 0.5 },
    { quote: '880 by 2010', plan: 'reference', value: communities('registeredHouseholds', 3), expected: 880, within: 0.5 },
    { quote: '446,520 in all', plan: 'reference', value: spent('street', undefined, 3), expected: 446_520, within: 0.5 },
    { quote: 'still covers 2007 (16,210 × 10 + 220 × 300 = 228,100)', plan: 'starting', value: spent('street', undefined, 0), expected: 228_100, within: 0.5 },
    { quote: 'falls short in 2008 (167,330 + 440 × 300 = 299,330)', plan: 'starting', value: spent('street', undefined, 1), expected: 299_330, within: 0.5 },
    { quote: 'the city spends 800,000', plan: 'reference', value: spent('city', 'workingFunds'), expected: 800_000, within: 0.5 },
    { quote: 'the district 1.76 million', plan: 'reference', value: spent('district', 'workingFunds'), expected: 1_760_000, within: 5_000 },
  ],
  'floor-space': [
    { quote: "six communities' 13,700 households", plan: 'reference', value: communities('households', 0), expected: 13_700, within: 0.5 },
    { quote: 'they have 2,150', plan: 'reference', value: baseSum('space'), expected: 2_150, within: 0.5 },
    // NJ2007-18c 超过3000: Qingshi's centre goes to 3,100, so 1,960 + 600 + 500 = 3,060 m² × 3,000 = 9,180,000 yuan
    { quote: '3,060 m² × 3,000 yuan = 9.18 million', plan: 'reference', value: spent('district', 'building'), expected: 9_180_000, within: 0.5 },
  ],
  'staffing-by-households': [
    { quote: '35 in all', plan: 'reference', value: communities('staffRequired', 0), expected: 35, within: 0 },
    { quote: '29 are in post', plan: 'reference', value: baseSum('inPost'), expected: 29, within: 0 },
    { quote: 'Changjiang ⌈3,020 ÷ 300⌉ = 11', plan: 'reference', value: (p) => p.series.households[2], expected: 3_020, within: 0.5 },
  ],
  'pay-split': [
    { quote: '34 workers × 104,000 = 3.536 million yuan in 2026', plan: 'reference', value: spent(undefined, 'staffPay', 0), expected: 3_536_000, within: 0.5 },
    { quote: '4.623 million in 2030', plan: 'reference', value: spent(undefined, 'staffPay', 4), expected: 4_623_000, within: 500 },
    { quote: 'about 20.99 million yuan', plan: 'reference', value: spent(undefined, 'staffPay'), expected: 20_990_000, within: 5_000 },
    { quote: "the city's half about 10.49 million", plan: 'reference', value: spent('city', 'staffPay'), expected: 10_490_000, within: 5_000 },
    { quote: 'the district owes about 2.413 million in 2026', plan: 'starting', value: spent('district', 'staffPay', 0), expected: 2_413_000, within: 500 },
    {
      quote: 'with the city paying more (60%, say) the city spends about 12.59 million',
      // a city budget large enough for 60% of the dearest year (0.6 × 4.623 million ≈ 2.77 million), so no hire waits
      plan: { 'plan.pay.cityShare': 0.6, 'plan.budgets.city': 3_000_000 },
      value: spent('city', 'staffPay'),
      expected: 12_590_000,
      within: 5_000,
    },
  ],
  'five-year-odds': [
    { quote: 'about 15,200 households', plan: 'starting', value: communities('households', 0), expected: 15_200, within: 100 },
    // GOV2020-3a: the quota is the district's, ⌈Σ max(5, households ÷ 350)⌉ over its communities (here one district).
    { quote: '9 are missing now', plan: 'starting', value: (p) => districtQuotas(p, 0) - baseSum('inPost')(p), expected: 9, within: 0 },
  ],
  'life-circle': [
    { quote: 'only the 14,000 in the west (33.3%)', plan: 'starting', value: coverage(0), expected: 0.333, within: 0.0005 },
    { quote: 'coverage reaches 100% in 2028', plan: 'reference', value: coverage(2), expected: 1, within: 0 },
    { quote: '12.3 million in all', plan: 'reference', value: spent('district', 'facility'), expected: 12_300_000, within: 0.5 },
  ],
};

function run(exercise: Exercise, plan: Plan): Projection {
  const values = plan === 'reference' ? exercise.reference.values : plan === 'starting' ? startingValues(exercise.scenario, exercise.levers) : { ...exercise.reference.values, ...plan };
  return runScenario(applyLevers(exercise.scenario, exercise.levers, values)).projection;
}

describe.each(Object.keys(CLAIMS))('the numbers %s quotes', (id) => {
  const exercise = load(id);
  const text = [exercise.brief.en, exercise.reference.reasoning.en, ...exercise.hints.map((h) => h.text.en)].join('\n');
  it.each(CLAIMS[id].map((c) => [c.quote, c] as const))('%s', (_quote, claim) => {
    expect(text).toContain(claim.quote);
    expect(Math.abs(claim.value(run(exercise, claim.plan)) - claim.expected)).toBeLessThanOrEqual(claim.within);
  });
});
