/**
 * A scenario's own value of a parameter as the Rules tab edits and shows it: one value for every
 * year, dated values ("from 2028 on"), or a value per horizon year (the table), all stored as an
 * OverrideValue (src/engine/scenario.ts).
 */
import { overrideInYear, overrideSteps } from '../../../engine/overrides';
import type { Unit } from '../../../engine/params';
import { valueInYear } from '../../../engine/resolveParams';
import type { Parameter } from '../../../engine/ruleSet';
import type { OverrideValue } from '../../../engine/scenario';
import type { Locale } from '../../../i18n/messages';
import { RULES_TEXT } from '../../../i18n/rules';
import { formatParamValue } from './units';

/** The value in force each year, as the engine resolves it (resolveParams.ts): the override, else the rule set's. */
export function yearValues(param: Parameter | undefined, override: OverrideValue | undefined, years: readonly number[]): (number | null)[] {
  return years.map((y) => overrideInYear(override, y)?.value ?? (param ? valueInYear(param, y) : null));
}

/** "本方案：60%（规划期各年）" or "本方案：自 2028 年起 60%；自 2030 年起 70%". */
export function overrideText(override: OverrideValue, unit: Unit, locale: Locale): string {
  const t = RULES_TEXT[locale];
  const steps = overrideSteps(override);
  if (steps.length === 1 && steps[0][0] === 'all') return t.overrideEvery(formatParamValue(steps[0][1], unit, locale));
  return t.overrideDated(steps.map(([from, v]) => t.fromYear(from as number, formatParamValue(v, unit, locale))).join(t.segmentJoin));
}

/** The override with `value` from `year` on; a single all-years value becomes the value before that year. */
export function setFromYear(override: OverrideValue | undefined, year: number, value: number, firstYear: number): OverrideValue {
  const dated: Record<string, number> = typeof override === 'number' ? { [String(firstYear)]: override } : { ...(override ?? {}) };
  for (const k of Object.keys(dated)) if (Number(k) > year) delete dated[k];
  dated[String(year)] = value;
  return dated;
}

/**
 * The table's edit: one year's value changed (undefined: back to the rule set's), every other horizon
 * year kept as it stands in force; stored as the fewest dated values that read back the same.
 */
export function setYear(param: Parameter | undefined, override: OverrideValue | undefined, years: readonly number[], year: number, value: number | undefined): OverrideValue | undefined {
  const rule = years.map((y) => (param ? valueInYear(param, y) : null));
  const wanted = yearValues(param, override, years).map((v, i) => (years[i] === year ? (value ?? rule[i]) : v));
  const dated: Record<string, number> = {};
  let held: number | null = null;
  let any = false;
  years.forEach((y, i) => {
    const inForce = any ? held : rule[i];
    const v = wanted[i];
    if (v !== null && v !== inForce) {
      dated[String(y)] = v;
      held = v;
      any = true;
    }
  });
  return any ? dated : undefined;
}

export interface TimelineCell {
  year: number;
  value: number | null;
  source: 'ruleSet' | 'override';
  /** a dated value of the rule set or of the scenario takes effect this year */
  changes: boolean;
}

/** The rule card's timeline: each horizon year's value, whose it is, and where a dated value starts. */
export function timeline(param: Parameter | undefined, override: OverrideValue | undefined, years: readonly number[]): TimelineCell[] {
  const ruleStarts = new Set(Object.keys(param?.values ?? {}).map((d) => Number(d.slice(0, 4))));
  return years.map((year, i) => {
    const own = overrideInYear(override, year);
    const changes = own ? own.from === year : ruleStarts.has(year) && i > 0;
    return { year, value: own?.value ?? (param ? valueInYear(param, year) : null), source: own ? 'override' : 'ruleSet', changes };
  });
}
