/** Edits to a rule set being written: parameters added from a form, dated values, documents and clauses. */
import { paramLabel } from '../../../../engine/levers/fields';
import { PARAMS, type ParamKey } from '../../../../engine/params';
import type { AuthoredRuleSet, OwnDocument, Parameter } from '../../../../engine/ruleSet';

/** A parameter with one value from the first document's date, labelled as the built-ins label it, citing the first clause. */
export function newParameter(set: AuthoredRuleSet, key: ParamKey): Parameter {
  const doc = set.documents[0];
  const clause = doc?.clauses[0];
  const label = paramLabel(key) ?? { zh: key, en: key };
  return {
    values: { [doc?.date || `${new Date().getFullYear()}-01-01`]: 0 },
    unit: PARAMS[key].unit,
    label: { ...label },
    reference: doc && clause ? [{ doc: doc.id, rule: clause.id }] : [],
  };
}

/** The values with one date changed, in the order they were (so the table does not jump while typing). */
export function renameDate(values: Record<string, number>, from: string, to: string): Record<string, number> {
  if (from === to || Object.hasOwn(values, to)) return values;
  return Object.fromEntries(Object.entries(values).map(([d, v]) => [d === from ? to : d, v]));
}

/** A date after the latest one, for a value added to the table (a change from the next year on). */
export function nextDate(values: Record<string, number>): string {
  const latest = Object.keys(values).sort().at(-1);
  const year = latest ? Number(latest.slice(0, 4)) + 1 : new Date().getFullYear();
  return `${year}-01-01`;
}

export function newDocument(set: AuthoredRuleSet): OwnDocument {
  const id = freeId(set.documents.map((d) => d.id), `${set.id}-doc`);
  return { id, title: '', number: '', issuer: '', date: '', clauses: [{ id: `${id}-1`, text: '' }] };
}

export function newClauseId(set: AuthoredRuleSet, doc: OwnDocument): string {
  return freeId(set.documents.flatMap((d) => d.clauses.map((c) => c.id)), doc.id);
}

/** `base-1`, `base-2`, … : the first not taken. */
export function freeId(taken: readonly string[], base: string): string {
  for (let n = 1; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}

/** Every clause the set carries, as "doc|rule" for a picker. */
export function clauseOptions(set: AuthoredRuleSet): { value: string; doc: string; rule: string }[] {
  return set.documents.flatMap((d) => d.clauses.map((c) => ({ value: `${d.id}|${c.id}`, doc: d.id, rule: c.id })));
}
