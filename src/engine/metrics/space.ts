/** Floor-space metrics: community service space and the street and district service centres. */
import { LEVEL, type Projection } from '../projection';
import { gapOf, param, shareOf } from './scope';
import type { MetricId } from '../../registry/metrics';
import type { MetricDef } from './types';

function spaceRuleIn(p: Projection, y: number): boolean {
  return param(p, 'space.perHundredHouseholds', y) !== null || param(p, 'space.minUrbanExisting', y) !== null;
}

export const SPACE_METRICS = {
  spaceShareMet: {
    unit: 'share',
    better: 'higher',
    rules: ['NJ2007-18a', 'NJ2007-18b', 'GOV2020-4', 'NT2011-5c'],
    concerns: 'space',
    compute: (p, y, d) =>
      spaceRuleIn(p, y) ? shareOf(p, y, LEVEL.community, d, (i) => p.series.space[i] >= p.series.spaceRequired[i]) : null,
  },
  spaceMinShareMet: {
    unit: 'share',
    better: 'higher',
    rules: ['NJ2007-18a', 'NJ2007-18e', 'GOV2020-4'],
    concerns: 'space',
    compute(p, y, d) {
      const mins = [param(p, 'space.minUrbanExisting', y), param(p, 'space.minUrbanNew', y), param(p, 'space.minRural', y)];
      if (mins.every((m) => m === null)) return null;
      return shareOf(p, y, LEVEL.community, d, (i, e) => p.series.space[i] >= (mins[p.entities.kind[e]] ?? 0));
    },
  },
  spaceHighShare: {
    unit: 'share',
    better: 'higher',
    rules: ['NJ2007-18b', 'GOV2020-4'],
    concerns: 'space',
    compute(p, y, d) {
      const high = param(p, 'space.highPerHundredHouseholds', y) ?? param(p, 'space.perHundredHouseholds', y);
      if (high === null) return null;
      return shareOf(p, y, LEVEL.community, d, (i) => p.series.space[i] >= (high * p.series.households[i]) / 100);
    },
  },
  spaceGap: {
    unit: 'm2',
    better: 'lower',
    rules: ['NJ2007-18a', 'NJ2007-18b', 'GOV2020-4'],
    concerns: 'space',
    compute: (p, y, d) =>
      spaceRuleIn(p, y) ? gapOf(p, y, LEVEL.community, d, (i) => p.series.spaceRequired[i] - p.series.space[i]) : null,
  },
  streetCentreShareMet: {
    unit: 'share',
    better: 'higher',
    rules: ['NJ2007-18c', 'NT2011-5b'],
    concerns: 'space',
    compute: (p, y, d) =>
      param(p, 'space.streetCentreMin', y) === null
        ? null
        : shareOf(p, y, LEVEL.street, d, (i) => p.series.space[i] >= p.series.spaceRequired[i]),
  },
  streetCentreHighShare: {
    unit: 'share',
    better: 'higher',
    rules: ['NJ2007-18c'],
    concerns: 'space',
    compute(p, y, d) {
      const high = param(p, 'space.streetCentreHigh', y);
      return high === null ? null : shareOf(p, y, LEVEL.street, d, (i) => p.series.space[i] >= high);
    },
  },
  districtCentreShareMet: {
    unit: 'share',
    better: 'higher',
    rules: ['NJ2007-18d', 'NT2011-5a'],
    concerns: 'space',
    compute: (p, y, d) =>
      param(p, 'space.districtCentreMin', y) === null
        ? null
        : shareOf(p, y, LEVEL.district, d, (i) => p.series.space[i] >= p.series.spaceRequired[i]),
  },
} satisfies Partial<Record<MetricId, MetricDef>>;
