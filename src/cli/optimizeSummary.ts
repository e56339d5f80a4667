/** The synthesis summary for the terminal: each line in Chinese and English (a terminal has no language switch). */
import { sitesByYear, type LeadTimeValue, type SynthesisResult, type Target } from '../engine';
import { formatWan } from '../i18n/format';
import { conflictSentence, gapSentence, leadTimeSentence, limitValueSentence, objectiveName } from '../i18n/synthesis';
import { SITES_HINT, siteYearSentence } from '../i18n/synthesisSites';

const STATUS = {
  accepted: '已通过引擎验证 / verified by the engine',
  notVerified: '引擎验证未通过 / not verified by the engine',
  infeasible: '无可行方案 / no plan meets the targets within the limits',
  solverLimit: '求解达到时间上限 / the solver reached its time limit',
  tooLarge: '模型超过列数上限，未求解 / the model has more columns than allowed; not solved',
} as const;

const both = (zh: string, en: string) => `${zh} / ${en}`;

export function summaryLines(r: SynthesisResult, targets: Target[]): string[] {
  const lines = [
    both(`目标：${objectiveName(r.objective, 'zh-CN')}`, `objective: ${objectiveName(r.objective, 'en')}`),
    both(`规模：${r.size.rows} 行，${r.size.cols} 列，其中整数 ${r.size.integers} 列`, `model: ${r.size.rows} rows, ${r.size.cols} columns, ${r.size.integers} integer`),
    both(`验证轮数：${r.rounds}`, `rounds of verification: ${r.rounds}`),
    both(`用时：求解 ${Math.round(r.ms.solve)} 毫秒，验证 ${Math.round(r.ms.verify)} 毫秒`, `time: solve ${Math.round(r.ms.solve)} ms, verify ${Math.round(r.ms.verify)} ms`),
    STATUS[r.status],
  ];
  if (r.cost !== null) lines.push(both(`目标值：${formatWan(r.cost, 'zh-CN')}`, `objective value: ${formatWan(r.cost, 'en')}`));
  if (r.cost !== null && r.gap !== null) lines.push(both(gapSentence(r.gap, r.cost, 'zh-CN'), gapSentence(r.gap, r.cost, 'en')));
  if (r.unmodelled.length > 0) lines.push(both(`仅由引擎验证的目标：${r.unmodelled.join(', ')}`, `targets left to the engine's verification: ${r.unmodelled.join(', ')}`));
  const outOfReach = r.verdicts.filter((v) => !v.met && r.unmodelled.includes(v.targetId)).map((v) => v.targetId);
  if (outOfReach.length > 0) lines.push(both(`这些调节参数无法改变、仍未达成的目标：${outOfReach.join(', ')}`, `not met, and out of reach of these levers: ${outOfReach.join(', ')}`));
  if (outOfReach.some((id) => targets.find((t) => t.id === id)?.metric.startsWith('coverage.'))) lines.push(both(SITES_HINT['zh-CN'], SITES_HINT.en));
  for (const v of r.verdicts) lines.push(`  ${v.met ? '✓' : '✗'} ${v.targetId} ${v.year}: ${v.value === null ? '—' : Math.round(v.value * 1e4) / 1e4} (${v.threshold})`);
  if (r.plan) {
    const m2 = r.plan.starts.reduce((s, x) => s + x.m2, 0);
    lines.push(both(`招聘能力：每年 ${r.plan.capacity} 人；新建用房：${r.plan.starts.length} 个社区，共 ${m2} 平方米`, `hiring capacity ${r.plan.capacity} a year; building: ${r.plan.starts.length} communities, ${m2} m²`));
    for (const y of sitesByYear(r.plan.sites)) lines.push(both(siteYearSentence(y, 'zh-CN'), siteYearSentence(y, 'en')));
  }
  if (r.conflict) lines.push(both(conflictSentence(r.conflict, targets, 'zh-CN'), conflictSentence(r.conflict, targets, 'en')));
  for (const v of r.limitValues ?? []) lines.push(both(limitValueSentence(v, 'zh-CN'), limitValueSentence(v, 'en')));
  return lines;
}

/** What a year of lead time either way is worth: solved after the plan, printed after its summary. */
export function leadTimeLines(values: LeadTimeValue[]): string[] {
  return values.map((v) => both(leadTimeSentence(v, 'zh-CN'), leadTimeSentence(v, 'en')));
}
