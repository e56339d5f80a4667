/** Community volunteers (QY-14): registered volunteers as a share of residents. */
import { LEVEL } from '../projection';
import type { MetricId } from '../../registry/metrics';
import { meets } from './meetsNeed';
import { param, shareOf } from './scope';
import { shareMetric, type MetricDef } from './types';

export const VOLUNTEER_METRICS = {
  // QY-14: 注册社区义工人数要达到社区人口的8%以上 — the community's residents in that year.
  volunteerShareMet: shareMetric('volunteers', ['QY-14'], (p, y, d) => {
    const share = param(p, 'volunteers.minShareOfResidents', y);
    if (share === null) return null;
    return shareOf(p, y, LEVEL.community, d, (i, e) => meets(p.base.volunteers[e], share * p.series.residents[i]));
  }),
} satisfies Partial<Record<MetricId, MetricDef>>;
