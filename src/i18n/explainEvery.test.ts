/** Every explainable figure of both built-in scenarios reads as whole sentences in both languages. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explain } from '../engine/explain/index';
import type { Explanation } from '../engine/explain/types';
import { explainableFigures, FIGURE_KINDS, pathsOfKind, SWEEP_MS } from '../fixtures/explainable';
import { runScenario } from '../engine/run';
import type { Scenario } from '../engine/scenario';
import { renderExplanation } from './explain';
import { LOCALES } from './messages';

const builtIn = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../scenarios/${name}.json`, import.meta.url)), 'utf8')) as Scenario;

/** The texts of an explanation, in each language, that show a gap or a slip. */
function unreadable(x: Explanation): string[] {
  return LOCALES.flatMap((locale) => {
    const r = renderExplanation(x, locale);
    const texts = [r.title, r.value, r.formula, ...r.derived, r.note ?? '', ...r.inputs.flatMap((i) => [i.label, i.value]), ...r.parts.flatMap((q) => [q.label, q.number])];
    return texts.some((t) => /NaN|undefined|null/.test(t)) || !r.formula || r.inputs.some((i) => !i.label) ? [`${x.path} (${locale}): ${JSON.stringify(r)}`] : [];
  });
}

describe.each(['demo-15th-fyp', 'nanjing-2007-2010'])('%s', (name) => {
  const p = runScenario(builtIn(name)).projection;
  const figures = explainableFigures(p);

  it.each(FIGURE_KINDS)('renders every %s figure with no gap, NaN or undefined', (kind) => expect(pathsOfKind(figures, kind).flatMap((path) => unreadable(explain(p, path))).slice(0, 5)).toEqual([]), SWEEP_MS);
});
