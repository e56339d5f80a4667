/** The rules a comparison finds different, in words, each with the clauses it rests on (scenarios/policy/rules.json). */
import { PARAMS } from '../../engine/params';
import { ruleById, RULE_SETS } from '../../engine/policyLibrary';
import type { RuleComparison } from '../../engine/ruleDifferences';
import type { RuleSet } from '../../engine/ruleSet';
import { RULE_DIFF_TEXT } from '../../i18n/ruleDifferences';
import type { Locale } from '../../i18n/messages';
import { describeParam } from '../editor/rules/ruleParams';
import { formatParamValue } from '../editor/rules/units';
import { ownClause } from '../panel/ownClause';

export interface RuleRow {
  id: string;
  label: string;
  /** one sentence per scenario after the baseline; null where it applies the baseline's rule */
  changes: (string | null)[];
  clauses: { id: string; text: string }[];
}

/** own: each scenario's own rule set where it carries one (baseline first), whose clauses are cited too */
export function ruleRows(rules: RuleComparison, districtNames: Record<string, string>, locale: Locale, own: (RuleSet | undefined)[] = []): RuleRow[] {
  const t = RULE_DIFF_TEXT[locale];
  const set = own[0] ?? RULE_SETS[rules.ruleSetIds[0]];
  return rules.differences.map((d) => {
    const { label } = describeParam(d.key, set);
    const name = locale === 'en' ? label.en : label.zh;
    const what = d.district ? t.inDistrict(name, districtNames[d.district] ?? d.district) : name;
    const value = (v: number | null) => (v === null ? t.none2 : formatParamValue(v, PARAMS[d.key].unit, locale));
    const changes = d.from.slice(1).map((from, k) => {
      if (from === null) return null;
      const y = rules.years.indexOf(from);
      return t.change(what, from, value(d.values[0][y]), value(d.values[k + 1][y]));
    });
    const clauses = d.rules.map((id) => {
      const rule = ruleById(id);
      if (rule) return { id, text: t.clause(id, locale === 'en' ? `${rule.gloss} (${rule.text})` : rule.text) };
      const carried = own.map((o) => ownClause(o, id)).find((c) => c !== undefined);
      return { id, text: carried ? t.clause(id, carried.clause.text) : id };
    });
    return { id: `${d.key}${d.district ? `@${d.district}` : ''}`, label: what, changes, clauses };
  });
}
