/**
 * What the library does with the user's own rule sets: start one from a copy or blank, import a file
 * (checked whole first, saved under a free id so nothing stored is overwritten), export one.
 */
import { blankRuleSet, copyOfBuiltIn } from '../../engine/authoredCopy';
import { RULE_SETS } from '../../engine/policyLibrary';
import type { AuthoredRuleSet } from '../../engine/ruleSet';
import type { Name } from '../../registry';
import { validateRuleSet } from '../../io/validateRuleSet';
import type { ValidationError } from '../../io/validationError';
import type { RuleSetRecord, RuleSetStore } from '../../store/ruleSetStore';
import { freeId } from '../editor/rules/authoring/draft';
import { parseJson } from './parseImport';

export type RuleSetShelf = Pick<RuleSetStore, 'list' | 'save'>;

/** A new, unsaved record: a copy of the built-in `from`, or a blank set when from is null. */
export async function startRuleSet(shelf: RuleSetShelf, from: string | null, copyName: (name: string) => string, now = Date.now()): Promise<RuleSetRecord> {
  const taken = (await shelf.list()).map((r) => r.id).concat(Object.keys(RULE_SETS));
  if (from === null) {
    const id = freeId(taken, 'CITY');
    return { id, ruleSet: blankRuleSet(id, { zh: '', en: '' }), createdAt: now, updatedAt: now };
  }
  const id = freeId(taken, from);
  const base = RULE_SETS[from].name;
  const name: Name = { zh: copyName(base.zh), en: copyName(base.en) };
  return { id, ruleSet: copyOfBuiltIn(from, id, name), createdAt: now, updatedAt: now, source: from };
}

export type RuleSetImport = { ok: true; record: RuleSetRecord } | { ok: false; errors: ValidationError[] };

/** A rule-set file into the library, or every problem with it; a set whose id is taken comes in under the next free one. */
export async function importRuleSet(text: string, shelf: RuleSetShelf, now = Date.now()): Promise<RuleSetImport> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const checked = validateRuleSet(parsed.data);
  if (!checked.ok) return checked;
  const taken = (await shelf.list()).map((r) => r.id);
  const ruleSet: AuthoredRuleSet = taken.includes(checked.ruleSet.id) ? { ...checked.ruleSet, id: freeId(taken, checked.ruleSet.id) } : checked.ruleSet;
  const record = await shelf.save({ id: ruleSet.id, ruleSet, createdAt: now, updatedAt: now });
  return { ok: true, record };
}

/** The set as a file people can read and diff, as scenarios are exported. */
export function ruleSetText(set: AuthoredRuleSet): string {
  return `${JSON.stringify(set, null, 2)}\n`;
}
