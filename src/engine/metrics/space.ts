/** Floor-space metrics: community service space and the street and district service centres. */
import type { DistrictFilter } from '../aggregate';
import type { ParamKey } from '../params';
import { LEVEL, type Level, type Projection } from '../projection';
import type { MetricId } from '../../registry/metrics';
import { KIND_CODE } from '../flatten';
import { gapBelow, param, shareAtLeast, shareOf } from './scope';
import { gapMetric, shareMetric, type MetricDef } from './types';

function spaceRuleIn(p: Projection, y: number): boolean {
  return param(p, 'space.perHundredHouseholds', y) !== null || param(p, 'space.minUrbanExisting', y) !== null;
}

/** Share of a level's places with the floor space required of them; null in a year the rule does not apply. */
function spaceMeets(applies: (p: Projection, y: number) => boolean, level: Level) {
  return (p: Projection, y: number, d: DistrictFilter) => {
    const { space, spaceRequired } = p.series;
    return applies(p, y) ? shareAtLeast(p, y, level, d, space, spaceRequired) : null;
  };
}

const hasParam = (key: ParamKey) => (p: Projection, y: number) => param(p, key, y) !== null;

export const SPACE_METRICS = {
  spaceShareMet: shareMetric('space', ['NJ2007-18a', 'NJ2007-18b', 'GOV2020-4', 'NT2011-5c'], spaceMeets(spaceRuleIn, LEVEL.community)),
  spaceMinShareMet: shareMetric('space', ['NJ2007-18a', 'NJ2007-18e', 'GOV2020-4'], (p, y, d) => {
    const mins = [param(p, 'space.minUrbanExisting', y), param(p, 'space.minUrbanNew', y), param(p, 'space.minRural', y)];
    if (mins.every((m) => m === null)) return null;
    // a kind the rule set gives no minimum in that year is outside the rule, not met by default
    const byKind = mins.map((min, kind) => min ?? (kind === KIND_CODE.rural ? null : mins[KIND_CODE.urbanExisting]));
    return shareAtLeast(p, y, LEVEL.community, d, p.series.space, byKind);
  }),
  // NJ2007-18b's 30 m² tier, over residents' committees (villages have 18e); a rule set without the
  // tier has no such target, rather than its floor read as the tier.
  spaceHighShare: shareMetric('space', ['NJ2007-18b'], (p, y, d) => {
    const high = param(p, 'space.highPerHundredHouseholds', y);
    if (high === null) return null;
    return shareOf(p, y, LEVEL.community, d, (i, e) => (p.entities.kind[e] === KIND_CODE.rural ? null : p.series.space[i] >= (high * p.series.households[i]) / 100));
  }),
  spaceGap: gapMetric('m2', 'space', ['NJ2007-18a', 'NJ2007-18b', 'GOV2020-4'], (p, y, d) =>
    spaceRuleIn(p, y) ? gapBelow(p, y, LEVEL.community, d, p.series.spaceRequired, p.series.space) : null,
  ),
  // NJ2007-19 is a condition on how the space of item 18 is used, not a smaller space that counts:
  // the share of residents' committees whose known public-benefit share reaches the minimum.
  publicBenefitShareMet: shareMetric('space', ['NJ2007-19'], (p, y, d) => {
    const min = param(p, 'space.publicBenefitShareMin', y);
    if (min === null) return null;
    return shareOf(p, y, LEVEL.community, d, (_, e) => {
      const share = p.base.publicBenefitShare[e];
      return p.entities.kind[e] === KIND_CODE.rural || Number.isNaN(share) ? null : share >= min - 1e-9;
    });
  }),
  streetCentreShareMet: shareMetric('space', ['NJ2007-18c', 'NT2011-5b'], spaceMeets(hasParam('space.streetCentreMin'), LEVEL.street)),
  streetCentreHighShare: shareMetric('space', ['NJ2007-18c'], (p, y, d) => {
    const high = param(p, 'space.streetCentreHigh', y);
    // NJ2007-18c: 超过3000平方米, strictly above
    return high === null ? null : shareOf(p, y, LEVEL.street, d, (i) => p.series.space[i] > high);
  }),
  districtCentreShareMet: shareMetric('space', ['NJ2007-18d', 'NT2011-5a'], spaceMeets(hasParam('space.districtCentreMin'), LEVEL.district)),
} satisfies Partial<Record<MetricId, MetricDef>>;
