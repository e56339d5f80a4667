/**
 * Every figure of both built-in scenarios that can explain itself does so truthfully: the explanation
 * carries the figure the run produced, its formula worked out again from its inputs gives that figure,
 * its parts add up to it, and each part or input that names a path is that figure.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainableFigures, FIGURE_KINDS, pathsOfKind, SWEEP_MS, type Figures } from '../../fixtures/explainable';
import type { Projection } from '../projection';
import { runScenario } from '../run';
import type { Scenario } from '../scenario';
import { evaluateFormula, explain } from './index';

const builtIn = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../scenarios/${name}.json`, import.meta.url)), 'utf8')) as Scenario;

/** Equal to a millionth of the larger, or to a millionth outright near zero. */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** What is wrong with one explanation, if anything. */
function faults(p: Projection, path: string, figures: Figures): string[] {
  const x = explain(p, path);
  const figure = figures.get(path)!.figure;
  const out: string[] = [];
  if (x.path !== path) out.push(`path ${x.path}`);
  if (!close(x.value, figure)) out.push(`value ${x.value}, the run has ${figure}`);
  const worked = evaluateFormula(x.formula, x.inputs, x.parts);
  if (!close(worked, x.value)) out.push(`formula gives ${worked}, not ${x.value}: ${JSON.stringify(x.formula)}`);
  if (x.parts) {
    const sum = x.parts.reduce((s, part) => s + part.value, 0);
    if (!close(sum, x.value)) out.push(`parts add up to ${sum}, not ${x.value}`);
    for (const part of x.parts) {
      const own = figures.get(part.path);
      if (!own || !close(own.figure, part.value)) out.push(`part ${part.path} is ${part.value}, the run has ${own?.figure}`);
    }
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

describe.each(['demo-15th-fyp', 'nanjing-2007-2010'])('every explainable figure of %s', (name) => {
  const p = runScenario(builtIn(name)).projection;
  const figures = explainableFigures(p);

  it.each(FIGURE_KINDS)(
    '%s figures work out from their inputs',
    (kind) => {
      const paths = pathsOfKind(figures, kind);
      // The demo has a map; the Nanjing scenario has none, so no coverage figures.
      expect(paths.length > 0 || (kind === 'coverage' && !p.coverage)).toBe(true);
      expect(paths.flatMap((path) => faults(p, path, figures)).slice(0, 10)).toEqual([]);
    },
    SWEEP_MS,
  );
});
