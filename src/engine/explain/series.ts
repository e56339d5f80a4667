/** A series value of one entity in one year: households, requirements, staff and space. */
import type { Unit } from '../../registry/units';
import { LEVEL, type Projection, type SeriesName } from '../projection';
import { entityPath, entityRef } from './entities';
import { Inputs, num, op, sumOfParts } from './formula';
import { paramInput, rulesFor } from './ruleRefs';
import { explainSpaceRequired, explainStaffQuota, explainStaffRequired } from './requirements';
import { quotaAt } from '../staffQuota';
import type { ExplainPart, Explanation } from './types';

const UNIT = {
  households: 'household',
  registeredHouseholds: 'household',
  coordinators: 'person',
  staffRequired: 'person',
  staffQuota: 'person',
  inPost: 'person',
  spaceRequired: 'm2',
  space: 'm2',
} as const satisfies Partial<Record<SeriesName | 'staffQuota', Unit>>;

export type ExplainedSeries = keyof typeof UNIT;
export const EXPLAINED_SERIES = Object.keys(UNIT) as ExplainedSeries[];

/** An explained figure of entity e in year y: a series value, or the district quota, kept per district (Projection.quotas). */
export const seriesValue = (p: Projection, name: ExplainedSeries, y: number, e: number): number =>
  name === 'staffQuota' ? quotaAt(p, y, e) : p.series[name][y * p.nEntities + e];

/** What the series explanations share: the figure, its subject and where its inputs are read. */
export interface SeriesFigure {
  p: Projection;
  /** entity and year index; i = y × nEntities + e */
  e: number;
  y: number;
  i: number;
  head: Pick<Explanation, 'path' | 'subject' | 'value' | 'unit'>;
  inputs: Inputs;
  at: (what: string, y?: number) => string;
}

export function explainSeries(p: Projection, path: string, e: number, y: number, name: ExplainedSeries): Explanation {
  const i = y * p.nEntities + e;
  const fig: SeriesFigure = {
    p,
    e,
    y,
    i,
    head: { path, subject: { kind: 'series', series: name, entity: entityRef(p, e), year: p.years[y] }, value: seriesValue(p, name, y, e), unit: UNIT[name] },
    inputs: new Inputs(),
    at: (what, yy = y) => entityPath(p, e, yy, what),
  };
  switch (name) {
    case 'households':
      return p.entities.level[e] === LEVEL.community ? households(fig) : householdsOfCommunities(fig);
    case 'registeredHouseholds':
      return registeredHouseholds(fig);
    case 'coordinators':
      return coordinators(fig);
    case 'staffRequired':
      return explainStaffRequired(fig);
    case 'staffQuota':
      return explainStaffQuota(fig);
    case 'spaceRequired':
      return explainSpaceRequired(fig);
    case 'inPost':
      return inPost(fig);
    case 'space':
      return space(fig);
  }
}

/** Compound growth from the base year, capped at the dwellings built (steps/population.ts). */
function households({ p, e, y, head, inputs }: SeriesFigure): Explanation {
  const h0 = inputs.add({ kind: 'baseHouseholds', value: p.base.households[e], unit: 'household' });
  const growth = inputs.add({ kind: 'growth', value: p.base.growth[e], unit: 'rate' });
  const years = inputs.add({ kind: 'yearsSinceBase', value: p.years[y] - p.baseYear, unit: 'year' });
  let grown = op('mul', h0, op('pow', op('add', num(1), growth), years));
  const dwellings = p.base.dwellings[e];
  if (Number.isFinite(dwellings)) grown = op('min', inputs.add({ kind: 'dwellings', value: dwellings, unit: 'household' }), grown);
  return { ...head, inputs: inputs.list, formula: op('round', grown), rules: [] };
}

/** Streets and districts count the households of their communities. */
function householdsOfCommunities({ p, e, y, head, inputs }: SeriesFigure): Explanation {
  const { level, street, district } = p.entities;
  const parts: ExplainPart[] = [];
  for (let c = 0; c < p.nCommunities; c++) {
    if (level[e] === LEVEL.street ? street[c] !== e : district[c] !== district[e]) continue;
    parts.push({ path: entityPath(p, c, y, 'households'), value: p.series.households[y * p.nEntities + c], of: { entity: entityRef(p, c) } });
  }
  return { ...head, inputs: inputs.list, formula: sumOfParts(parts), rules: [], parts };
}

/** QY-8 每户每年: every household registered since the base year is still paid for (steps/migrants.ts). */
function registeredHouseholds({ p, e, y, head, inputs }: SeriesFigure): Explanation {
  if (p.entities.level[e] !== LEVEL.community) return { ...head, inputs: inputs.list, formula: num(0), rules: [], note: 'communitiesOnly' };
  const perYear = inputs.add({ kind: 'registrationsPerYear', value: p.base.registrations[e], unit: 'household' });
  const years = inputs.add({ kind: 'yearsSinceBase', value: p.years[y] - p.baseYear, unit: 'year' });
  return { ...head, inputs: inputs.list, formula: op('mul', perYear, years), rules: rulesFor(p, 'funds.streetPerNewHousehold') };
}

/** QY-9: ⌈migrants ÷ migrants per coordinator⌉, none where the rule set sets no ratio (steps/migrants.ts). */
function coordinators({ p, e, y, head, inputs }: SeriesFigure): Explanation {
  if (p.entities.level[e] !== LEVEL.community) return { ...head, inputs: inputs.list, formula: num(0), rules: [], note: 'communitiesOnly' };
  const ratio = p.params['migrants.perCoordinator']?.[y] ?? 0;
  if (ratio <= 0) return { ...head, inputs: inputs.list, formula: num(0), rules: [] };
  const migrants = inputs.add({ kind: 'migrants', value: p.base.migrants[e], unit: 'person' });
  const per = inputs.add({ kind: 'migrantsPerCoordinator', ...paramInput(p, 'migrants.perCoordinator', y), value: ratio, unit: 'person' });
  return { ...head, inputs: inputs.list, formula: op('ceil', op('div', migrants, per)), rules: rulesFor(p, 'migrants.perCoordinator') };
}

/** Last year's staff, less leavers, plus hires (steps/staffing.ts). */
function inPost({ p, e, y, i, head, inputs, at }: SeriesFigure): Explanation {
  const before = inputs.add({ kind: 'inPostBefore', value: y === 0 ? p.base.inPost[e] : p.series.inPost[i - p.nEntities], unit: 'person', path: y > 0 ? at('inPost', y - 1) : undefined });
  const leavers = inputs.add({ kind: 'leavers', value: p.series.leavers[i], unit: 'person' });
  const hires = inputs.add({ kind: 'hires', value: p.series.hires[i], unit: 'person' });
  return { ...head, inputs: inputs.list, formula: op('add', op('sub', before, leavers), hires), rules: rulesFor(p, 'staffing.householdsPerWorker') };
}

/** Last year's space plus what completes this year (steps/building.ts). */
function space({ p, e, y, i, head, inputs, at }: SeriesFigure): Explanation {
  const before = inputs.add({ kind: 'spaceBefore', value: y === 0 ? p.base.space[e] : p.series.space[i - p.nEntities], unit: 'm2', path: y > 0 ? at('space', y - 1) : undefined });
  const completed = inputs.add({ kind: 'spaceCompleted', value: p.series.spaceCompleted[i], unit: 'm2' });
  return { ...head, inputs: inputs.list, formula: op('add', before, completed), rules: [] };
}
