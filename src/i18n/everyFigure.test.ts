/**
 * Every figure of the built-in scenarios and of random cities that can explain itself does so
 * truthfully: the explanation carries the figure the run produced, its formula worked out again from
 * its inputs gives that figure, its parts add up to it, each part or input that names a path is that
 * figure — and, read as printed in either language, the formula's numbers give the figure as shown,
 * the printed parts add up to it, and no text has a gap, NaN or undefined.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbScenario } from '../fixtures/arbScenario';
import { explainableFigures, FIGURE_KINDS, pathsOfKind, SWEEP_MS, type Figures } from '../fixtures/explainable';
import { printedFaults } from './printedFormula';
import { renderExplanation } from './explain';
import { LOCALES } from './messages';
import type { Projection } from '../engine/projection';
import { runScenario } from '../engine/run';
import type { Scenario } from '../engine/scenario';
import { evaluateFormula, explain } from '../engine/explain/index';
import type { Explanation } from '../engine/explain/types';

const builtIn = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../scenarios/${name}.json`, import.meta.url)), 'utf8')) as Scenario;

/** Equal to a millionth of the larger, or to a millionth outright near zero. */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** What is wrong with one explanation's numbers, if anything. */
function numericFaults(x: Explanation, path: string, figures: Figures): string[] {
  const figure = figures.get(path)!.figure;
  const out: string[] = [];
  if (x.path !== path) out.push(`path ${x.path}`);
  if (!close(x.value, figure)) out.push(`value ${x.value}, the run has ${figure}`);
  const worked = evaluateFormula(x.formula, x.inputs, x.parts);
  if (!close(worked, x.value)) out.push(`formula gives ${worked}, not ${x.value}: ${JSON.stringify(x.formula)}`);
  for (const part of x.parts ?? []) {
    const own = figures.get(part.path);
    if (!own || !close(own.figure, part.value)) out.push(`part ${part.path} is ${part.value}, the run has ${own?.figure}`);
  }
  for (const input of x.inputs) {
    if (input.path === undefined) continue;
    const own = figures.get(input.path);
    if (!own || input.value === null || !close(own.figure, input.value)) out.push(`input ${input.kind} ${input.path} is ${input.value}, the run has ${own?.figure}`);
  }
  for (const d of x.derived ?? []) {
    const v = evaluateFormula(d.formula, x.inputs);
    if (!close(v, d.value)) out.push(`${d.what} works out to ${v}, not ${d.value}`);
  }
  return out.map((f) => `${path}: ${f}`);
}

/** The printed explanation in each language: worked out from its text, and whole. */
function printedFaultsInBoth(x: Explanation): string[] {
  return LOCALES.flatMap((locale) => {
    const r = renderExplanation(x, locale);
    const texts = [r.title, r.value, r.exact ?? '', r.formula, ...r.derived, r.note ?? '', ...r.inputs.flatMap((i) => [i.label, i.value]), ...r.parts.flatMap((q) => [q.label, q.number])];
    const gaps = texts.some((t) => /NaN|undefined|null/.test(t)) || !r.formula || r.inputs.some((i) => !i.label) ? [`${x.path} (${locale}): a gap in ${JSON.stringify(r)}`] : [];
    return [...gaps, ...printedFaults(x, locale, r)];
  });
}

/**
 * Most figures are zero by rule ("a street pays no community working funds"): a constant with a note,
 * no inputs. One of each kind is read in print; the rest differ only in the entity's name.
 */
function byRuleAlone(x: Explanation): string | null {
  if ('op' in x.formula || 'input' in x.formula || 'part' in x.formula || x.inputs.length > 0 || x.parts || x.derived) return null;
  const s = x.subject;
  return [s.kind, x.note, x.value, 'item' in s ? s.item : '', 'series' in s ? s.series : '', 'payer' in s ? s.payer : '', 'entity' in s ? s.entity.level : ''].join('|');
}

function sweep(p: Projection, paths: readonly string[], figures: Figures): string[] {
  const read = new Set<string>();
  return paths.flatMap((path) => {
    const x = explain(p, path);
    const kind = byRuleAlone(x);
    const inPrint = kind === null || !read.has(kind) ? printedFaultsInBoth(x) : [];
    if (kind !== null) read.add(kind);
    return [...numericFaults(x, path, figures), ...inPrint];
  });
}

describe.each(['demo-15th-fyp', 'nanjing-2007-2010', 'qinghu-2026-2030'])('every explainable figure of %s', (name) => {
  const p = runScenario(builtIn(name)).projection;
  const figures = explainableFigures(p);

  it.each(FIGURE_KINDS)(
    '%s figures work out from their inputs, as computed and as printed',
    (kind) => {
      const paths = pathsOfKind(figures, kind);
      // A scenario without a map has no coverage figures.
      expect(paths.length > 0 || (kind === 'coverage' && !p.coverage)).toBe(true);
      expect(sweep(p, paths, figures).slice(0, 10)).toEqual([]);
    },
    SWEEP_MS,
  );
});

/**
 * A random city whose scenario also sets some rule values of its own, so that explanations must show
 * the value the step used where a village, a kind or a district reads a rule of its own.
 */
const arbOwnRules = fc
  .tuple(
    arbScenario,
    fc.record(
      {
        'space.perHundredHouseholdsRural': fc.integer({ min: 10, max: 60 }),
        'space.perHundredHouseholds': fc.integer({ min: 10, max: 60 }),
        'space.minUrbanNew': fc.integer({ min: 100, max: 800 }),
        'staffing.householdsPerWorker': fc.integer({ min: 200, max: 500 }),
        'staffing.minPerRuralCommunity': fc.integer({ min: 1, max: 9 }),
        'pay.cityShare': fc.integer({ min: 0, max: 10 }).map((tenths) => tenths / 10),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([s, overrides]): Scenario => ({ ...s, ruleSet: { ...s.ruleSet, overrides: { ...s.ruleSet.overrides, ...overrides } } }));

describe('every explainable figure of a random city', () => {
  it('works out from its inputs, as computed and as printed', () => {
    fc.assert(
      fc.property(arbOwnRules, (s) => {
        const p = runScenario(s).projection;
        const figures = explainableFigures(p);
        expect(sweep(p, [...figures.keys()], figures).slice(0, 10)).toEqual([]);
      }),
      // A fixed seed: the same cities every run, so a figure at a rounding edge cannot make the test flaky.
      { numRuns: 25, seed: 20_261_206 },
    );
  }, SWEEP_MS);
});
