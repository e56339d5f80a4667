/** A clause an authored rule set carries, with its document: how the panel shows a citation outside the shipped library. */
import type { OwnClause, OwnDocument, RuleSet } from '../../engine/ruleSet';

export function ownClause(set: RuleSet | undefined, ruleId: string): { clause: OwnClause; doc: OwnDocument } | undefined {
  for (const doc of set?.documents ?? []) {
    const clause = doc.clauses.find((c) => c.id === ruleId);
    if (clause) return { clause, doc };
  }
  return undefined;
}
