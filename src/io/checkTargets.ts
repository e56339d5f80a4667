/** Targets: ids unique, a known metric with a threshold it can reach, a year in the horizon, a district that exists. */
import { metricById, METRIC_IDS } from '../engine/metrics';
import { METRIC_NAME } from '../registry';
import type { Scenario } from '../engine/scenario';
import { both, ITEM, TARGET_CHECK } from '../i18n/checks';
import { describePlace, type Places } from './checkCity';
import { uniqueIds, type Report, type YearCheck } from './checkScenario';
import { listOf } from './validationError';

export function checkTargets(s: Scenario, places: Places, inHorizon: YearCheck, report: Report): void {
  const targetId = uniqueIds('targets', ITEM.target, report);
  s.targets.forEach((t, i) => {
    const path = ['targets', i];
    targetId(t.id, i, path);
    const metric = metricById(t.metric);
    if (!metric) {
      const known = listOf(METRIC_IDS);
      report([...path, 'metric'], ...both(TARGET_CHECK.unknownMetric(t.metric, known)));
    } else if (metric.unit === 'share' && t.threshold > 1) {
      report([...path, 'threshold'], ...both(TARGET_CHECK.shareThreshold(METRIC_NAME[metric.id], t.threshold)));
    }
    inHorizon([...path, 'year'], t.year);
    const district = t.scope?.district;
    if (district !== undefined && places.get(district) !== 'district') {
      const msg = describePlace(district, places, ['district']);
      report([...path, 'scope', 'district'], msg.zh, msg.en);
    }
  });
}
