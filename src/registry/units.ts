/**
 * Units of measure. Money is kept in yuan everywhere and shown in 万元 (DESIGN.md, convention 3);
 * this file is the one place that knows how many yuan a 万 is and how finely 万元 are shown.
 */
import glossary from './glossary.json';
import type { Name } from './text';

export const YUAN_PER_WAN = 10_000;

export function yuanToWan(yuan: number): number {
  return yuan / YUAN_PER_WAN;
}

export function wanToYuan(wan: number): number {
  return wan * YUAN_PER_WAN;
}

/**
 * Decimal places for an amount in 万元: whole 万 from 100 up (a district budget of 45,020.35 万元
 * reads "45,020"), two places down to 0.01 万 (100 yuan), four below that so that an amount of one
 * yuan does not read as 0.
 */
export function wanDecimals(wan: number): number {
  const size = Math.abs(wan);
  return size >= 100 ? 0 : size >= 0.01 || size === 0 ? 2 : 4;
}

/**
 * Every unit a figure carries, one vocabulary for rule-set parameters, metrics and explained figures.
 * Money is stored in yuan whatever the unit says; see shownInWan for how it is shown.
 */
export const UNITS = [
  'household', // households per worker
  'person', // headcount
  'm2',
  'm2PerHundredHouseholds',
  'share', // fraction 0..1
  'rate', // a yearly rate as a fraction, shown to two places of a per cent
  'year',
  'years', // a span of years, such as a committee's term
  'flag', // 0 or 1
  'yuan',
  'yuanPerM2',
  'yuanPerPerson', // per person and year, as pay is explained
  'yuanPerPersonYear',
  'yuanPerCommunityYear',
  'yuanPerHouseholdYear',
  'yuanPerCommunity', // one-off
  'yuanPerContractYear', // a service contract's subsidy per year
  'count', // a bare number of things, such as a street's class
  'metre',
  'minute',
  'metrePerMinute',
  'factor', // a pure number that scales another, such as a walk's detour factor
] as const;
export type Unit = (typeof UNITS)[number];

/** The units a rule-set parameter may have (src/engine/params.ts). */
export const PARAM_UNITS = [
  'household',
  'person',
  'm2',
  'm2PerHundredHouseholds',
  'share',
  'yuanPerPersonYear',
  'yuanPerCommunityYear',
  'yuanPerHouseholdYear',
  'yuanPerCommunity',
  'yuanPerContractYear',
  'year',
  'years',
  'flag',
  'count',
  'yuan', // a total, such as a fund (NJ2007-21c)
] as const satisfies readonly Unit[];
export type ParamUnit = (typeof PARAM_UNITS)[number];

/** The units of a target's metric (src/engine/metrics.ts). */
export type MetricUnit = Extract<Unit, 'share' | 'person' | 'm2' | 'yuan' | 'household' | 'count'>;

/** Money shown in 万: every yuan unit but the price of a m², which stays in 元 as building costs are quoted. */
const WAN_UNITS: ReadonlySet<Unit> = new Set<Unit>(['yuan', 'yuanPerPerson', 'yuanPerPersonYear', 'yuanPerCommunityYear', 'yuanPerHouseholdYear', 'yuanPerCommunity', 'yuanPerContractYear']);

export function shownInWan(unit: Unit): boolean {
  return WAN_UNITS.has(unit);
}

/** Each unit as it is shown: money in 万元, shares in %. */
export const UNIT_NAME: Record<Unit, Name> = glossary.unit;
