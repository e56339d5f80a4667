/**
 * Starting points for a user's own rule set: a copy of a built-in that carries the documents and
 * clauses it cites (so it stands alone), or a blank set with one document to fill in.
 */
import type { ParamKey } from './params';
import { documentById, RULE_SETS, ruleById } from './policyLibrary';
import type { AuthoredRuleSet, OwnDocument, Parameter, Text } from './ruleSet';

/** The built-in set `from` under a new id and name; its parameters, ranges, notes and citations unchanged. */
export function copyOfBuiltIn(from: string, id: string, name: Text): AuthoredRuleSet {
  const set = RULE_SETS[from];
  const parameters = structuredClone(set.parameters);
  const cited = new Map<string, Set<string>>();
  for (const param of Object.values(parameters) as Parameter[]) {
    for (const ref of param.reference) cited.set(ref.doc, (cited.get(ref.doc) ?? new Set()).add(ref.rule));
  }
  const documents: OwnDocument[] = [...cited].map(([docId, rules]) => {
    const doc = documentById(docId);
    return {
      id: docId,
      title: doc?.title ?? docId,
      number: doc?.number || docId,
      issuer: doc?.issuer ?? '',
      date: doc?.date ?? earliestDate(parameters, docId),
      clauses: [...rules].map((rule) => ({ id: rule, text: ruleById(rule)?.text ?? '' })),
    };
  });
  return { id, name, docs: documents.map((d) => d.id), description: structuredClone(set.description), parameters, documents };
}

/**
 * Some shipped documents carry the year but not the day (scenarios/policy/documents.json); the
 * earliest date a parameter citing the document takes effect stands in for it.
 */
function earliestDate(parameters: Partial<Record<ParamKey, Parameter>>, docId: string): string {
  const dates = (Object.values(parameters) as Parameter[])
    .filter((p) => p.reference.some((r) => r.doc === docId))
    .flatMap((p) => Object.keys(p.values));
  return dates.sort()[0] ?? '';
}

/** An empty set: one document with one clause, no parameters yet. */
export function blankRuleSet(id: string, name: Text): AuthoredRuleSet {
  const doc: OwnDocument = { id: `${id}-1`, title: '', number: '', issuer: '', date: '', clauses: [{ id: `${id}-1-1`, text: '' }] };
  return { id, name, docs: [doc.id], description: { zh: '', en: '' }, parameters: {}, documents: [doc] };
}
