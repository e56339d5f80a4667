/**
 * An explanation's formula as text with its own numbers, e.g. "max(5, ⌈2,701 / 300⌉) = 10" or
 * "round(2,619 × (1 + 0.29%)^5) = 2,657". A sum of parts names each ("专职工作者报酬 30,331 + …"), and
 * a sum of many reads as "the sum of 123 parts".
 */
import { evaluateFormula } from '../engine/explain/formula';
import type { ExplainInput, ExplainPart, Formula } from '../engine/explain/types';
import type { Unit } from '../registry/units';
import { formulaInput, formulaNumber, isMoney, pick } from './explainValues';
import type { Locale } from './messages';

/** Sums longer than this are named by their count. */
const MAX_TERMS = 10;

const WORDS = {
  manyParts: { zh: (n: number) => `${n} 项之和`, en: (n: number) => `the sum of ${n} parts` },
  notMet: { zh: '不满足：', en: 'not met: ' },
  and: { zh: '，', en: ', ' },
};

export interface FormulaContext {
  inputs: readonly ExplainInput[];
  parts: readonly ExplainPart[];
  /** what each part is ("专职工作者报酬", a district's name), written before its amount */
  partLabels: readonly string[];
  /** the unit of the parts: the figure's own */
  unit: Unit;
  locale: Locale;
}

/** How tightly an expression binds: a looser one inside a tighter one takes parentheses. */
function binding(f: Formula): number {
  if (!('op' in f)) return 4;
  switch (f.op) {
    case 'lt':
    case 'le':
    case 'and':
    case 'if':
      return 0;
    case 'add':
    case 'sum':
    case 'sub':
      return 1;
    case 'mul':
    case 'div':
      return 2;
    case 'pow':
      return 3;
    default:
      return 4;
  }
}

const SYMBOL: Record<string, string> = { add: ' + ', sum: ' + ', sub: ' − ', mul: ' × ', div: ' / ', lt: ' < ', le: ' ≤ ' };

/** Text of f; wrapped in parentheses when it binds less tightly than `above`. */
function text(f: Formula, c: FormulaContext, above = 0): string {
  const out = bare(f, c);
  return binding(f) < above ? `(${out})` : out;
}

/** The number a leaf of the formula is written as: an input exactly enough to work from, a part as its figure is shown. */
export function leafNumber(f: Exclude<Formula, { op: unknown }>, c: Pick<FormulaContext, 'inputs' | 'parts' | 'unit' | 'locale'>): string {
  if ('const' in f) return formulaNumber(f.const, 'count', c.locale);
  if ('input' in f) {
    const input = c.inputs[f.input];
    return formulaInput(input.value ?? NaN, input.unit, c.locale);
  }
  return formulaNumber(c.parts[f.part].value, c.unit, c.locale);
}

function bare(f: Formula, c: FormulaContext): string {
  if (!('op' in f)) return 'part' in f ? `${c.partLabels[f.part]} ${leafNumber(f, c)}` : leafNumber(f, c);
  const [a, b] = f.args;
  const own = binding(f);
  switch (f.op) {
    case 'add':
    case 'sum':
    case 'mul':
      if (f.op === 'sum' && f.args.length > MAX_TERMS) return pick(WORDS.manyParts, c.locale)(f.args.length);
      return f.args.map((x) => text(x, c, own)).join(SYMBOL[f.op]);
    case 'sub':
    case 'div':
      // The right side of − and / takes parentheses even at the same binding: a − (b + c), a / (b × c).
      return `${text(a, c, own)}${SYMBOL[f.op]}${text(b, c, own + 1)}`;
    case 'pow':
      return `${text(a, c, own + 1)}^${text(b, c, own + 1)}`;
    case 'min':
    case 'max':
    case 'round':
      return `${f.op}(${f.args.map((x) => text(x, c)).join(', ')})`;
    case 'ceil':
      return `⌈${text(a, c)}⌉`;
    case 'lt':
    case 'le':
      return `${text(a, c, 1)}${SYMBOL[f.op]}${text(b, c, 1)}`;
    case 'and':
      return chain(f.args, c);
    case 'if': {
      const holds = evaluateFormula(a, c.inputs, c.parts) !== 0;
      return holds ? `${text(a, c)} → ${text(b, c, 1)}` : `${pick(WORDS.notMet, c.locale)}${text(a, c)} → ${text(f.args[2], c, 1)}`;
    }
  }
}

/** Comparisons that share a side read as one chain: "300 < 400 ≤ 420". */
function chain(args: readonly Formula[], c: FormulaContext): string {
  const pieces: string[] = [];
  let last: Formula | null = null;
  for (const x of args) {
    if (!('op' in x) || (x.op !== 'lt' && x.op !== 'le')) {
      pieces.push(text(x, c));
      last = null;
      continue;
    }
    const [left, right] = x.args;
    if (last !== null && JSON.stringify(last) === JSON.stringify(left)) pieces[pieces.length - 1] += `${SYMBOL[x.op]}${text(right, c, 1)}`;
    else pieces.push(text(x, c));
    last = right;
  }
  return pieces.join(pick(WORDS.and, c.locale));
}

/** A formula already ends in its result when it is a single figure, or a condition choosing one. */
function endsInResult(f: Formula): boolean {
  return !('op' in f) || (f.op === 'if' && !('op' in f.args[1]) && !('op' in f.args[2]));
}

/** "expression = result", the result in the figure's unit as the formula's numbers are. */
export function formulaText(f: Formula, value: number, c: FormulaContext): string {
  const expression = text(f, c);
  return endsInResult(f) ? expression : `${expression} = ${formulaNumber(value, c.unit, c.locale)}`;
}

/** Whether any amount the formula shows is money in 万. */
export function readsMoney(f: Formula, c: Pick<FormulaContext, 'inputs' | 'unit'>): boolean {
  if ('input' in f) return isMoney(c.inputs[f.input].unit);
  if ('op' in f) return f.args.some((x) => readsMoney(x, c));
  return 'part' in f && isMoney(c.unit);
}
