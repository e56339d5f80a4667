/** Floor-space metrics: community service space and the street and district service centres. */
import type { DistrictFilter } from '../aggregate';
import type { ParamKey } from '../params';
import { LEVEL, type Level, type Projection } from '../projection';
import type { MetricId } from '../../registry/metrics';
import { KIND_CODE } from '../flatten';
import { gapBelowScopes, shareAtLeastScopes, shareOfScopes } from './allScopes';
import { meets } from './meetsNeed';
import { gapBelow, param, shareAtLeast, shareOf } from './scope';
import { gapMetric, shareMetric, type MetricDef } from './types';

/** Whether a space rule is in force in year y: the floor-space metrics are null in a year without one. */
export function spaceRuleIn(p: Projection, y: number): boolean {
  return param(p, 'space.perHundredHouseholds', y) !== null || param(p, 'space.minUrbanExisting', y) !== null;
}

/** Share of a level's places with the floor space required of them; null in a year the rule does not apply. */
function spaceMeets(rules: string[], applies: (p: Projection, y: number) => boolean, level: Level): MetricDef {
  return {
    ...shareMetric('space', rules, (p, y, d) => (applies(p, y) ? shareAtLeast(p, y, level, d, p.series.space, p.series.spaceRequired) : null)),
    scopes: (p, y) => (applies(p, y) ? shareAtLeastScopes(p, y, level, p.series.space, p.series.spaceRequired) : null),
  };
}

/** The minimum by community kind in force in year y; null for a kind the rule leaves out, or when it has none. */
export function minimaByKind(p: Projection, y: number): (number | null)[] | null {
  const mins = [param(p, 'space.minUrbanExisting', y), param(p, 'space.minUrbanNew', y), param(p, 'space.minRural', y)];
  if (mins.every((m) => m === null)) return null;
  // a kind the rule set gives no minimum in that year is outside the rule, not met by default
  // Array.from, not map: an optimised map makes holey arrays, a new map for the optimised code reading them to drop back on.
  return Array.from(mins, (min, kind) => min ?? (kind === KIND_CODE.rural ? null : mins[KIND_CODE.urbanExisting]));
}

/** NJ2007-18b's upper tier: a residents' committee's space against high m² per hundred households (villages are outside it). */
function meetsHigh(p: Projection, high: number) {
  return (i: number, e: number) => (p.entities.kind[e] === KIND_CODE.rural ? null : meets(p.series.space[i], (high * p.series.households[i]) / 100));
}

/** NJ2007-19: a residents' committee whose known public-benefit share reaches the minimum (villages and unknown shares are outside it). */
function meetsPublicBenefit(p: Projection, min: number) {
  return (_: number, e: number) => {
    const share = p.base.publicBenefitShare[e];
    return p.entities.kind[e] === KIND_CODE.rural || Number.isNaN(share) ? null : meets(share, min);
  };
}

const hasParam = (key: ParamKey) => (p: Projection, y: number) => param(p, key, y) !== null;

export const SPACE_METRICS = {
  spaceShareMet: spaceMeets(['NJ2007-18a', 'NJ2007-18b', 'GOV2020-4', 'NT2011-5c'], spaceRuleIn, LEVEL.community),
  spaceMinShareMet: {
    ...shareMetric('space', ['NJ2007-18a', 'NJ2007-18e', 'GOV2020-4'], (p, y, d) => {
      const byKind = minimaByKind(p, y);
      return byKind && shareAtLeast(p, y, LEVEL.community, d, p.series.space, byKind);
    }),
    scopes: (p, y) => {
      const byKind = minimaByKind(p, y);
      return byKind && shareAtLeastScopes(p, y, LEVEL.community, p.series.space, byKind);
    },
  },
  // NJ2007-18b's 30 m² tier, over residents' committees (villages have 18e); a rule set without the
  // tier has no such target, rather than its floor read as the tier.
  spaceHighShare: {
    ...shareMetric('space', ['NJ2007-18b'], (p, y, d) => {
      const high = param(p, 'space.highPerHundredHouseholds', y);
      return high === null ? null : shareOf(p, y, LEVEL.community, d, meetsHigh(p, high));
    }),
    scopes: (p, y) => {
      const high = param(p, 'space.highPerHundredHouseholds', y);
      return high === null ? null : shareOfScopes(p, y, LEVEL.community, meetsHigh(p, high));
    },
  },
  spaceGap: {
    ...gapMetric('m2', 'space', ['NJ2007-18a', 'NJ2007-18b', 'GOV2020-4'], (p, y, d) =>
      spaceRuleIn(p, y) ? gapBelow(p, y, LEVEL.community, d, p.series.spaceRequired, p.series.space) : null,
    ),
    scopes: (p, y) => (spaceRuleIn(p, y) ? gapBelowScopes(p, y, LEVEL.community, p.series.spaceRequired, p.series.space) : null),
  },
  // NJ2007-19 is a condition on how the space of item 18 is used, not a smaller space that counts.
  publicBenefitShareMet: {
    ...shareMetric('space', ['NJ2007-19'], (p, y, d) => {
      const min = param(p, 'space.publicBenefitShareMin', y);
      return min === null ? null : shareOf(p, y, LEVEL.community, d, meetsPublicBenefit(p, min));
    }),
    scopes: (p, y) => {
      const min = param(p, 'space.publicBenefitShareMin', y);
      return min === null ? null : shareOfScopes(p, y, LEVEL.community, meetsPublicBenefit(p, min));
    },
  },
  streetCentreShareMet: spaceMeets(['NJ2007-18c', 'NT2011-5b'], hasParam('space.streetCentreMin'), LEVEL.street),
  streetCentreHighShare: shareMetric('space', ['NJ2007-18c'], (p, y, d) => {
    const high = param(p, 'space.streetCentreHigh', y);
    // NJ2007-18c: 超过3000平方米, strictly above
    return high === null ? null : shareOf(p, y, LEVEL.street, d, (i) => p.series.space[i] > high);
  }),
  districtCentreShareMet: spaceMeets(['NJ2007-18d', 'NT2011-5a'], hasParam('space.districtCentreMin'), LEVEL.district),
} satisfies Partial<Record<MetricId, MetricDef>>;
