/**
 * Verdicts with what the page needs to show them: the target's label (its own, else the metric's,
 * with the district when the target is scoped to one), the metric's unit and direction.
 */
import { metricById, type Scenario, type Text, type Verdict } from '../src/engine';
import type { Metric, MetricUnit } from '../src/engine/metrics';

export interface VerdictRow extends Verdict {
  label: Text;
  unit: MetricUnit;
  /** higher: met at or above the threshold; lower: met at or below it */
  better: Metric['better'];
}

function labelOf(scenario: Scenario, v: Verdict, metric: Metric | undefined): Text {
  const target = scenario.targets.find((t) => t.id === v.targetId);
  if (target?.label) return target.label;
  const base = metric?.label ?? { zh: v.metric, en: v.metric };
  const districtId = target?.scope?.district;
  if (!districtId) return base;
  const name = scenario.city.districts.find((d) => d.id === districtId)?.name ?? districtId;
  return { zh: `${name}：${base.zh}`, en: `${name}: ${base.en}` };
}

export function verdictRows(scenario: Scenario, verdicts: Verdict[]): VerdictRow[] {
  return verdicts.map((v) => {
    const metric = metricById(v.metric);
    return {
      ...v,
      label: labelOf(scenario, v, metric),
      // A verdict's metric always comes from the registry; the defaults only guard a stale id.
      unit: metric?.unit ?? 'share',
      better: metric?.better ?? 'higher',
    };
  });
}
