/**
 * Objectives and quiz questions in words, and their figures with units: generated from the exercise's
 * data through the training message table, unless the exercise gives its own wording.
 */
import { COST_ITEM_NAME, PAYER_NAME } from '../../../registry';
import { metricById } from '../../../engine/metrics';
import { PAYERS, type Payer } from '../../../engine/scenario';
import type { Exercise, Objective, QuizSpec } from '../../../engine/training/exercise';
import type { ObjectiveResult } from '../../../engine/training/objectives';
import type { QuizUnit } from '../../../engine/training/quiz';
import { formatCount, formatMetric, formatShare, formatWan, formatWhole } from '../../../i18n/format';
import type { Locale } from '../../../i18n/messages';
import { metricName } from '../../../i18n/names';
import { TRAINING } from '../../../i18n/training';

const pickText = (t: { zh: string; en: string }, locale: Locale) => (locale === 'en' ? t.en : t.zh);

function payersText(payers: readonly Payer[] | undefined, locale: Locale): string {
  const t = TRAINING[locale];
  if (!payers || payers.length === PAYERS.length) return t.o.allPayers;
  return payers.map((p) => pickText(PAYER_NAME[p], locale)).join(t.o.and);
}

/** A figure in its unit: 万元 for money, % for shares, people, m², households; Infinity as "no limit". */
export function formatFigure(value: number | null, unit: QuizUnit | 'count', locale: Locale): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return TRAINING[locale].unlimited;
  switch (unit) {
    case 'household':
      return `${formatWhole(value, locale)} ${locale === 'en' ? 'households' : '户'}`;
    case 'count':
      return formatCount(value, locale);
    case 'share':
      return formatShare(value, locale);
    default:
      return formatMetric(value, unit, locale);
  }
}

export function objectiveText(o: Objective, exercise: Exercise, locale: Locale): string {
  if (o.label) return pickText(o.label, locale);
  const t = TRAINING[locale];
  const years = exercise.scenario.horizon;
  switch (o.kind) {
    case 'targets': {
      const ids = o.targets ?? exercise.scenario.targets.map((x) => x.id);
      const only = ids.length === 1 ? exercise.scenario.targets.find((x) => x.id === ids[0]) : undefined;
      return only?.label ? pickText(only.label, locale) : t.o.targets(ids.length);
    }
    case 'metric': {
      const m = metricById(o.metric);
      const sense = m?.better === 'lower' ? 'atMost' : 'atLeast';
      return t.o.metric(metricName(o.metric, locale), o.year, sense, formatFigure(o.threshold, m?.unit ?? 'share', locale));
    }
    case 'spending': {
      const span = `${o.from ?? years.firstYear}–${o.to ?? years.lastYear}`;
      const item = o.item ? pickText(COST_ITEM_NAME[o.item], locale) : null;
      const sense = o.max !== undefined ? 'atMost' : 'atLeast';
      return t.o.spending(payersText(o.payers, locale), item, span, o.measure ?? 'spent', sense, formatWan(o.max ?? o.min ?? 0, locale));
    }
    case 'shortfall':
      return t.o.shortfall(payersText(o.payers, locale));
    case 'probability':
      return t.o.probability(o.draws, formatShare(o.min, locale));
  }
}

/** The value of an objective as judged, and what it had to reach, in its unit ("1/1", "1,049 万元", "90.5%"). */
export function objectiveFigures(r: ObjectiveResult, locale: Locale): { value: string; bound: string } {
  if (r.unit === 'count') {
    return { value: r.value === null ? '—' : TRAINING[locale].countOf(r.value, r.bound), bound: TRAINING[locale].countOf(r.bound, r.bound) };
  }
  const sign = r.sense === 'atLeast' ? '≥' : '≤';
  return { value: formatFigure(r.value, r.unit, locale), bound: `${sign} ${formatFigure(r.bound, r.unit, locale)}` };
}

/** Which payer overspent in which year, and by how much in 万元: null when none did. */
export function overBudgetText(r: ObjectiveResult, locale: Locale): string | null {
  if (!r.over || r.over.length === 0) return null;
  const t = TRAINING[locale];
  return t.overBudget(r.over.map((f) => t.overBy(pickText(PAYER_NAME[f.payer], locale), f.year, formatWan(f.yuan, locale), f.deferred > 0 ? formatWan(f.deferred, locale) : null)));
}

function communityName(exercise: Exercise, id: string): string {
  for (const d of exercise.scenario.city.districts) for (const s of d.streets) for (const c of s.communities) if (c.id === id) return c.name;
  return id;
}

export function questionText(spec: QuizSpec, exercise: Exercise, locale: Locale): string {
  const t = TRAINING[locale];
  switch (spec.kind) {
    case 'spending':
      return t.yourPlan + t.q.spending(spec.year, spec.payer ? pickText(PAYER_NAME[spec.payer], locale) : null, spec.item ? pickText(COST_ITEM_NAME[spec.item], locale) : null);
    case 'community':
      return t.yourPlan + t.q.community[spec.field](spec.year, communityName(exercise, spec.community));
    case 'city':
      return t.yourPlan + t.q.city[spec.field](spec.year);
    case 'centres':
      return t.yourPlan + t.q.centres(spec.year, spec.level, spec.field);
    case 'metric': {
      return t.yourPlan + t.q.metric(spec.year, metricName(spec.metric, locale));
    }
  }
}

/** Paragraphs of a brief or reasoning: blank lines separate them. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A difference with its sign: "+12.5 万元", "−2 人", "+3.5 个百分点"; "0" when there is none. */
export function formatDelta(delta: number | null, unit: QuizUnit | 'count', locale: Locale): string {
  if (delta === null || !Number.isFinite(delta)) return '—';
  if (Math.abs(delta) < 1e-9) return '0';
  const sign = delta > 0 ? '+' : '−';
  if (unit === 'share') {
    const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(delta) * 100);
    return `${sign}${points} ${locale === 'en' ? 'pp' : '个百分点'}`;
  }
  const shown = `${sign}${formatFigure(Math.abs(delta), unit, locale)}`;
  return unit === 'count' && locale !== 'en' ? `${shown} 项` : shown;
}
