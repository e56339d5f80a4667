/**
 * The policy library: documents, clauses and the built-in rule sets, as shipped in scenarios/.
 * Imported statically so the engine carries them without file access (worker, CLI and tests alike).
 * The JSON is checked by policyLibrary.test.ts; the casts here only give it its declared shape.
 */
import documents from '../../scenarios/policy/documents.json';
import rules from '../../scenarios/policy/rules.json';
import nj2007 from '../../scenarios/rulesets/NJ2007.json';
import gov2020 from '../../scenarios/rulesets/GOV2020.json';
import cs2010 from '../../scenarios/rulesets/CS2010.json';
import yx2008 from '../../scenarios/rulesets/YX2008.json';
import nt2011 from '../../scenarios/rulesets/NT2011.json';
import qy from '../../scenarios/rulesets/QY.json';
import type { PolicyDocument, PolicyRule, RuleSet } from './ruleSet';

export const DOCUMENTS: PolicyDocument[] = documents;
export const RULES: PolicyRule[] = rules;

// JSON infers `range` as number[] and `unit` as string, hence the assertion to the declared type.
const RULE_SET_LIST = [nj2007, gov2020, cs2010, yx2008, nt2011, qy] as unknown as RuleSet[];

export const RULE_SETS: Record<string, RuleSet> = Object.fromEntries(
  RULE_SET_LIST.map((set) => [set.id, set]),
);

/** a fixed order for pickers and reports: Nanjing 2007, the fullest, first */
export const RULE_SET_IDS: string[] = RULE_SET_LIST.map((set) => set.id);

const byId = <T extends { id: string }>(list: T[]): Map<string, T> => new Map(list.map((item) => [item.id, item]));

// Marked pure so a bundle that never looks a clause up (the engine worker) leaves the clauses' text out.
const RULE_INDEX = /* @__PURE__ */ byId(RULES);
const DOCUMENT_INDEX = /* @__PURE__ */ byId(DOCUMENTS);

/** the clause with this id (e.g. "NJ2007-15"), or undefined */
export function ruleById(id: string): PolicyRule | undefined {
  return RULE_INDEX.get(id);
}

/** the document with this id (e.g. "NJ2007"), or undefined */
export function documentById(id: string): PolicyDocument | undefined {
  return DOCUMENT_INDEX.get(id);
}
