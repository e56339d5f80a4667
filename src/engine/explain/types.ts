import type { Text } from '../ruleSet';

import type { ExplainUnit } from '../../registry/units';
export type { ExplainUnit };

export interface ExplainInput {
  label: Text;
  value: number | null;
  unit: ExplainUnit;
  /** a path to explain this input in turn */
  path?: string;
}

export interface ExplainPart {
  path: string;
  label: Text;
  value: number;
}

export interface Explanation {
  path: string;
  label: Text;
  value: number;
  unit: ExplainUnit;
  /** the arithmetic with this figure's own numbers, e.g. "max(6, ⌈2701 / 300⌉) = 10" */
  formula: string;
  inputs: ExplainInput[];
  /** rule ids the figure rests on */
  rules: string[];
  /** when the figure is a sum: its parts, which add up to value */
  parts?: ExplainPart[];
}
