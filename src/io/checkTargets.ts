/** Targets: ids unique, a known metric with a threshold it can reach, a year in the horizon, a district that exists. */
import { metricById, METRIC_IDS } from '../engine/metrics';
import type { Scenario } from '../engine/scenario';
import { describePlace, type Places } from './checkCity';
import { uniqueIds, type Report, type YearCheck } from './checkScenario';
import { listOf } from './validationError';

export function checkTargets(s: Scenario, places: Places, inHorizon: YearCheck, report: Report): void {
  const targetId = uniqueIds('targets', { zh: '目标', en: 'target' }, report);
  s.targets.forEach((t, i) => {
    const path = ['targets', i];
    targetId(t.id, i, path);
    const metric = metricById(t.metric);
    if (!metric) {
      const known = listOf(METRIC_IDS);
      report(
        [...path, 'metric'],
        `未知指标“${t.metric}”；可选指标：${known.zh}`,
        `unknown metric "${t.metric}"; choose one of ${known.en}`,
      );
    } else if (metric.unit === 'share' && t.threshold > 1) {
      report(
        [...path, 'threshold'],
        `指标 ${t.metric} 是比例，阈值应为 0 到 1 之间的数，实际为 ${t.threshold}`,
        `metric ${t.metric} is a share, so the threshold must be from 0 to 1, got ${t.threshold}`,
      );
    }
    inHorizon([...path, 'year'], t.year);
    const district = t.scope?.district;
    if (district !== undefined && places.get(district) !== 'district') {
      const msg = describePlace(district, places, ['district']);
      report([...path, 'scope', 'district'], msg.zh, msg.en);
    }
  });
}
