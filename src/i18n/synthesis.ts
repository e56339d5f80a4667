/** Sentences of plan synthesis (最优方案): conflicts between targets and limits, what each limit is worth, the solve summary. */
import { metricById, type Group, type LeadTimeValue, type LimitValue, type Objective, type Target } from '../engine';
import { METRIC_NAME, isMetricId } from '../registry/metrics';
import { PAYER_NAME } from '../registry/payers';
import { formatMetric, formatWan, formatWhole } from './format';
import type { Locale } from './messages';

const lang = (locale: Locale) => (locale === 'en' ? 'en' : 'zh');
const payerName = (payer: string, locale: Locale) => PAYER_NAME[payer as keyof typeof PAYER_NAME]?.[lang(locale)] ?? payer;

/** A target as the user named it, else its metric, year and threshold. */
export function targetName(t: Target, locale: Locale): string {
  if (t.label) return t.label[lang(locale)];
  const metric = isMetricId(t.metric) ? METRIC_NAME[t.metric][lang(locale)] : t.metric;
  const unit = metricById(t.metric)?.unit;
  const threshold = unit ? formatMetric(t.threshold, unit, locale) : String(t.threshold);
  return locale === 'en' ? `${metric} ${threshold} in ${t.year}` : `${t.year}年${metric}${threshold}`;
}

export function groupName(g: Group, targets: Target[], locale: Locale): string {
  const en = locale === 'en';
  switch (g.kind) {
    case 'target': {
      const t = targets.find((x) => x.id === g.targetId);
      return t ? targetName(t, locale) : g.targetId;
    }
    case 'budgetCeiling':
      return en ? `${payerName(g.payer, locale)} at most ${formatWan(g.yuan, locale)} a year` : `${payerName(g.payer, locale)}每年不超过 ${formatWan(g.yuan, locale)}`;
    case 'fixedBudget':
      return en ? `the ${payerName(g.payer, locale)} budgets as planned` : `${payerName(g.payer, locale)}按方案所列预算`;
    case 'hiringCapacity':
      return en ? `recruiting at most ${formatWhole(g.capacity, locale)} a year` : `每年招聘不超过 ${formatWhole(g.capacity, locale)} 人`;
    case 'buildingCapacity':
      return en ? `starting at most ${formatWhole(g.m2, locale)} m² a year` : `每年新开工不超过 ${formatWhole(g.m2, locale)} 平方米`;
    case 'nonDecreasing':
      return en ? `${payerName(g.payer, locale)} budgets never falling year on year` : `${payerName(g.payer, locale)}预算逐年不减`;
  }
}

/** "2027年90%社区用房达标 与 区级财政每年不超过 X 万元 不能同时满足" */
export function conflictSentence(groups: Group[], targets: Target[], locale: Locale): string {
  const en = locale === 'en';
  const names = (kind: 'target' | 'limit') => groups.filter((g) => (g.kind === 'target') === (kind === 'target')).map((g) => groupName(g, targets, locale));
  const [wanted, limits] = [names('target'), names('limit')];
  const join = (xs: string[]) => xs.join(en ? '; ' : '、');
  if (groups.length === 0) return en ? 'No plan the levers allow meets these targets.' : '调节参数允许的任何方案都不能达成这些目标。';
  if (limits.length === 0) return en ? `${join(wanted)} cannot all be met together` : `${join(wanted)} 不能同时满足`;
  if (wanted.length === 0) return en ? `${join(limits)} cannot all hold together` : `${join(limits)} 不能同时满足`;
  return en ? `${join(wanted)} and ${join(limits)} cannot both be met` : `${join(wanted)} 与 ${join(limits)} 不能同时满足`;
}

export function objectiveName(o: Objective, locale: Locale): string {
  const en = locale === 'en';
  if (o.kind === 'total') return en ? 'least total cost' : '总成本最低';
  if (o.kind === 'payer') return en ? `least cost to ${payerName(o.payer, locale)}` : `${payerName(o.payer, locale)}支出最低`;
  return en ? `least peak annual budget of ${payerName(o.payer, locale)}` : `${payerName(o.payer, locale)}年度预算峰值最低`;
}

/** "objective lower by X", or higher when one more unit of the limit costs (a kept capacity that forces early hiring). */
function change(wan: number, locale: Locale): string {
  const amount = formatWan(Math.abs(wan) * 1e4, locale);
  if (locale === 'en') return `objective ${wan < 0 ? 'higher' : 'lower'} by ${amount}`;
  return `目标值${wan < 0 ? '增加' : '减少'} ${amount}`;
}

/** What one more unit of a limit saves, and the range over which that holds. */
export function limitValueSentence(v: LimitValue, locale: Locale): string {
  const en = locale === 'en';
  const rate = change(v.value, locale);
  if (v.limit.kind === 'hiringCapacity') {
    const [lo, hi] = v.range.map((x) => (Number.isFinite(x) ? formatWhole(x, locale) : en ? 'no limit' : '不限'));
    return en ? `One more recruit a year of capacity: ${rate} (holds for a capacity of ${lo} to ${hi})` : `招聘能力每年多 1 人：${rate}（招聘能力在 ${lo}–${hi} 人之间成立）`;
  }
  const [lo, hi] = v.range.map((x) => (Number.isFinite(x) ? formatWan(x * 1e4, locale) : en ? 'no limit' : '不限'));
  const payer = payerName(v.limit.payer, locale);
  return en
    ? `One more 万元 of ${payer} budget in ${v.limit.year}: ${rate} (holds for a budget of ${lo} to ${hi})`
    : `${v.limit.year}年${payer}预算每增加 1 万元：${rate}（预算在 ${lo}–${hi} 之间成立）`;
}

/** The lead-time row of the limits table: "建设周期缩短一年（1 → 0 年）". */
export function leadTimeLabel(v: Pick<LeadTimeValue, 'years' | 'from'>, locale: Locale): string {
  const shorter = v.years < v.from;
  if (locale === 'en') return `Building lead time one year ${shorter ? 'shorter' : 'longer'} (${v.from} → ${v.years} years)`;
  return `建设周期${shorter ? '缩短' : '延长'}一年（${v.from} → ${v.years} 年）`;
}

/** "建设周期缩短一年可节省 X 万元", "…则无方案满足目标". */
export function leadTimeSentence(v: LeadTimeValue, locale: Locale): string {
  const en = locale === 'en';
  const label = leadTimeLabel(v, locale);
  if (v.saved === null) return en ? `${label}: no plan would meet the targets` : `${label}则无方案满足目标`;
  const amount = formatWan(Math.abs(v.saved) * 1e4, locale);
  if (Math.abs(v.saved) < 1e-4) return en ? `${label}: the objective would not change` : `${label}目标值不变`;
  if (v.saved > 0) return en ? `${label} would save ${amount}` : `${label}可节省 ${amount}`;
  return en ? `${label} would cost ${amount} more` : `${label}将多花 ${amount}`;
}

/**
 * How close the plan is proved to the best the programme allows: the objective less the solver's lower
 * bound (no plan can do better than the bound), in 万元 and as a share of the objective.
 */
export function gapSentence(gap: number, cost: number, locale: Locale): string {
  const en = locale === 'en';
  // Under half a yuan is the solver's own rounding: the plan is the best.
  if (gap < 0.5) return en ? 'Proved optimal: no plan has a lower objective.' : '已证明为最优：没有目标值更低的方案。';
  const share = `${Number(((100 * gap) / Math.abs(cost)).toPrecision(2))}%`;
  const amount = formatWan(gap, locale);
  return en
    ? `At most ${amount} above the lower bound, ${share} of the objective: no plan can do better than the bound, so none is better than this one by more.`
    : `与下界相差 ${amount}（目标值的 ${share}）：任何方案都不低于下界，此方案至多比最优方案多这么多。`;
}
