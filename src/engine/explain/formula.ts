/** Building explanation formulas, and working them out again from their inputs. */
import type { ExplainInput, ExplainPart, Formula, FormulaOp } from './types';

export const num = (value: number): Formula => ({ const: value });

export const op = (name: FormulaOp, ...args: Formula[]): Formula => ({ op: name, args });

/** A figure's inputs as they are gathered: adding one returns the formula leaf that reads it. */
export class Inputs {
  readonly list: ExplainInput[] = [];

  add(input: ExplainInput): Formula {
    this.list.push(input);
    return { input: this.list.length - 1 };
  }
}

/** The sum of the parts that are not zero (all of them when every part is zero: the sum is 0 then). */
export function sumOfParts(parts: readonly ExplainPart[]): Formula {
  const args: Formula[] = [];
  parts.forEach((p, k) => {
    if (p.value !== 0) args.push({ part: k });
  });
  return args.length === 0 ? num(0) : op('sum', ...args);
}

/**
 * The value of a formula given its inputs and parts. An input the rule set lacks (null) gives NaN,
 * so a formula that leans on a missing rule cannot pass for a figure.
 */
export function evaluateFormula(f: Formula, inputs: readonly Pick<ExplainInput, 'value'>[], parts: readonly Pick<ExplainPart, 'value'>[] = []): number {
  if ('input' in f) return inputs[f.input]?.value ?? NaN;
  if ('part' in f) return parts[f.part]?.value ?? NaN;
  if ('const' in f) return f.const;
  const a = f.args.map((x) => evaluateFormula(x, inputs, parts));
  switch (f.op) {
    case 'add':
    case 'sum':
      return a.reduce((s, x) => s + x, 0);
    case 'sub':
      return a[0] - a[1];
    case 'mul':
      return a.reduce((s, x) => s * x, 1);
    case 'div':
      return a[0] / a[1];
    case 'pow':
      return a[0] ** a[1];
    case 'min':
      return Math.min(...a);
    case 'max':
      return Math.max(...a);
    case 'round':
      return Math.round(a[0]);
    case 'ceil':
      // As the requirement step rounds up (workersRequired): a quotient a hair above a whole number
      // from floating-point division does not count as the next one.
      return Math.ceil(a[0] - 1e-9);
    case 'lt':
      return a[0] < a[1] ? 1 : 0;
    case 'le':
      return a[0] <= a[1] ? 1 : 0;
    case 'and':
      return a.every((x) => x !== 0) ? 1 : 0;
    case 'if':
      return a[0] !== 0 ? a[1] : a[2];
  }
}
