/** Every explainable figure of both built-in scenarios reads as whole sentences in both languages. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explain } from '../engine/explain/index';
import { explainableFigures, type FigureKind } from '../engine/fixtures/explainable';
import { runScenario } from '../engine/run';
import type { Scenario } from '../engine/scenario';
import { renderExplanation } from './explain';
import { LOCALES } from './messages';

const builtIn = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../scenarios/${name}.json`, import.meta.url)), 'utf8')) as Scenario;

/** A sweep of tens of thousands of figures takes seconds on a busy machine. */
const SWEEP_MS = 60_000;

describe.each(['demo-15th-fyp', 'nanjing-2007-2010'])('%s', (name) => {
  const p = runScenario(builtIn(name)).projection;
  const figures = explainableFigures(p);

  it.each<FigureKind>(['funding', 'cost', 'series', 'coverage'])(
    'renders every %s figure with no gap, NaN or undefined',
    (kind) => {
      const bad: string[] = [];
      for (const [path, f] of figures) {
        if (f.kind !== kind) continue;
        const x = explain(p, path);
        for (const locale of LOCALES) {
          const r = renderExplanation(x, locale);
          const texts = [r.title, r.value, r.formula, ...r.derived, r.note ?? '', ...r.inputs.flatMap((i) => [i.label, i.value]), ...r.parts.flatMap((q) => [q.label, q.number])];
          if (texts.some((t) => /NaN|undefined|null/.test(t)) || !r.formula || r.inputs.some((i) => !i.label)) bad.push(`${path} (${locale}): ${JSON.stringify(r)}`);
        }
      }
      expect(bad.slice(0, 5)).toEqual([]);
    },
    SWEEP_MS,
  );
});
