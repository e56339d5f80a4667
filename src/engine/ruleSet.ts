/**
 * A rule set as stored in scenarios/rulesets/<ID>.json: parameters as data with dated values, unit,
 * bilingual label and citation (document id and rule id from scenarios/policy/rules.json).
 */
import type { Name as Text } from '../registry/text';
import type { ParamKey, Unit } from './params';

/** Bilingual text in a rule set's data (labels, notes): the registry's shape for a name. */
export type { Name as Text } from '../registry/text';

export interface Reference {
  /** document id, e.g. "NJ2007" (scenarios/policy/documents.json) */
  doc: string;
  /** rule id, e.g. "NJ2007-15" (scenarios/policy/rules.json) */
  rule: string;
}

export interface Parameter {
  /** value in force from each date on ("2007-07-20": 300); the latest date not after a year's 31 December applies */
  values: Record<string, number>;
  unit: Unit;
  label: Text;
  /** the range the document allows, when it gives one (NJ2007-21a: 2–3万 → [20000, 30000]) */
  range?: [number, number];
  reference: Reference[];
  /** why this value was chosen inside the range, or how the text was read */
  note?: Text;
  /**
   * kept to show the clause's number, which no result reads (e.g. a share that is a target's threshold);
   * paramEffect.test.ts checks that every other parameter moves a result and this one none
   */
  citationOnly?: true;
}

export interface RuleSet {
  id: string;
  name: Text;
  /** the documents it rests on */
  docs: string[];
  description: Text;
  parameters: Partial<Record<ParamKey, Parameter>>;
}

export interface PolicyDocument {
  id: string;
  number: string;
  issuer: string;
  date?: string;
  title: string;
  titleEn: string;
  status: Text;
}

export interface PolicyRule {
  id: string;
  doc: string;
  /** the clause in Chinese, quoted or closely paraphrased from the document */
  text: string;
  /** a short English gloss */
  gloss: string;
}
