/** How a library row shows its rule set, its last edit and its verdicts. */
import { RULE_SETS } from '../../engine/policyLibrary';
import { LIBRARY } from '../../i18n/library';
import type { Locale } from '../../i18n/messages';
import type { Name } from '../../registry/text';
import type { VerdictSummary } from '../../store/records';

/** The rule set's name in the reader's language (own: the name of a set the scenario carries); null for an id the app does not know (shown as the id alone). */
export function ruleSetName(id: string, locale: Locale, own?: Name): string | null {
  const name = own ?? (Object.hasOwn(RULE_SETS, id) ? RULE_SETS[id].name : undefined);
  return name ? (locale === 'en' ? name.en : name.zh) : null;
}

/** Date and time to the minute, in the reader's convention (zh "2026/03/05 14:07"). */
export function formatEdited(time: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(time);
}

/** "达标 3 / 7" and the share met for the bar; "尚未测算" until the scenario has been run and saved. */
export function verdictLabel(verdicts: VerdictSummary | undefined, locale: Locale): { text: string; share: number | null } {
  const m = LIBRARY[locale];
  if (!verdicts) return { text: m.notRun, share: null };
  if (verdicts.total === 0) return { text: m.noTargets, share: null };
  return { text: m.verdictSummary(verdicts.met, verdicts.total), share: verdicts.met / verdicts.total };
}
