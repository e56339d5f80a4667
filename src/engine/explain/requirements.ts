/** What the rule set requires of an entity in a year, worked as steps/requirements.ts works it. */
import { KIND_CODE } from '../flatten';
import type { ParamKey } from '../params';
import { LEVEL } from '../projection';
import { num, op } from './formula';
import { inPool, quotaLevelIn } from '../staffQuota';
import { entityPath } from './entities';
import { paramAt, paramInput, rulesFor } from './ruleRefs';
import { minimumFor, minimumKeyFor, perHundredFor, perHundredKey, ratioFor, SPACE_MIN_KEY, spaceMinimumKind, spaceRuleIn, staffRuleIn } from '../steps/requirementTerms';
import type { SeriesFigure } from './series';
import type { Explanation, Formula } from './types';

const STREET_POSTS_KEY: ParamKey[] = ['staffing.streetPostsClass1', 'staffing.streetPostsClass2', 'staffing.streetPostsClass3'];

/** A new estate without its committee requires nothing yet (GOV2020-2b). */
function notEstablished({ p, i, head, inputs }: SeriesFigure): Explanation | null {
  return p.series.established[i] === 0 ? { ...head, inputs: inputs.list, formula: num(0), rules: rulesFor(p, 'community.establishOccupancy'), note: 'notEstablished' } : null;
}

/**
 * NJ2007-15 / GOV2020-3a / YX2008-5: max(minimum, ⌈households / households per worker⌉); CS2010-6a for
 * streets. Under a district quota (GOV2020-3a) a community's figure is its unrounded share.
 */
export function explainStaffRequired(fig: SeriesFigure): Explanation {
  const { p, e, y, i, head, inputs, at } = fig;
  const level = p.entities.level[e];
  if (level === LEVEL.district) return { ...head, inputs: inputs.list, formula: num(0), rules: [], note: 'noPostsAtLevel' };
  if (level === LEVEL.street) {
    const key = STREET_POSTS_KEY[p.entities.streetClass[e] - 1];
    const posts = paramAt(p, key, y);
    inputs.add({ kind: 'streetClass', value: p.entities.streetClass[e], unit: 'count' });
    const formula = inputs.add({ kind: 'streetPosts', ...paramInput(p, key, y), unit: 'person' });
    return { ...head, inputs: inputs.list, formula: posts === null ? num(0) : formula, rules: rulesFor(p, key), ...(posts === null && { note: 'ruleNotInForce' as const }) };
  }
  const unset = notEstablished(fig);
  if (unset) return unset;
  // The same terms the requirement step reads (steps/requirementTerms.ts).
  const rule = staffRuleIn(p.params, p.districtParams, y);
  const rural = p.entities.kind[e] === KIND_CODE.rural;
  const perWorker = ratioFor(rule, rural, p.entities.district[e]);
  const minKey = minimumKeyFor(rule, rural);
  const minimum = minimumFor(rule, rural);
  const h = inputs.add({ kind: 'households', value: p.series.households[i], unit: 'household', path: at('households') });
  const given = perWorker === null ? undefined : paramInput(p, 'staffing.householdsPerWorker', y, e).override;
  const per = inputs.add({ kind: 'householdsPerWorker', value: perWorker, unit: 'household', ...(given && { override: given }) });
  const min = inputs.add({ kind: minKey === 'staffing.minPerRuralCommunity' ? 'minPerRuralCommunity' : 'minPerCommunity', ...paramInput(p, minKey, y), value: minimum, unit: 'person' });
  const share = quotaLevelIn(p.params, y) === 'district';
  const quotient = op('div', h, per);
  const byRatio = perWorker === null || perWorker <= 0 ? num(0) : share ? quotient : op('ceil', quotient);
  const keys: ParamKey[] = ['staffing.householdsPerWorker', minKey, ...(rural && rule.urbanOnly ? ['staffing.ratioUrbanOnly' as const] : []), ...(share ? ['staffing.quotaByDistrict' as const] : [])];
  return { ...head, inputs: inputs.list, formula: op('max', minimum === null ? num(0) : min, byRatio), rules: rulesFor(p, ...keys) };
}

/**
 * GOV2020-3a: a district's quota, ⌈Σ its communities' shares⌉, each share an input that explains
 * itself. Not parts: the rounding up makes the quota more than their sum.
 */
export function explainStaffQuota(fig: SeriesFigure): Explanation {
  const { p, e, y, head, inputs } = fig;
  if (p.entities.level[e] !== LEVEL.district || quotaLevelIn(p.params, y) !== 'district') {
    return { ...head, inputs: inputs.list, formula: num(0), rules: [], note: 'noDistrictQuota' };
  }
  const o = y * p.nEntities;
  const shares: Formula[] = [];
  for (let c = 0; c < p.nCommunities; c++) {
    if (p.entities.district[c] !== p.entities.district[e] || !inPool(p.series.established[o + c], p.series.staffRequired[o + c])) continue;
    shares.push(inputs.add({ kind: 'staffRequired', value: p.series.staffRequired[o + c], unit: 'person', path: entityPath(p, c, y, 'staffRequired'), of: { id: p.entities.id[c], name: p.entities.name[c] } }));
  }
  const formula = shares.length === 0 ? num(0) : op('ceil', op('sum', ...shares));
  return { ...head, inputs: inputs.list, formula, rules: rulesFor(p, 'staffing.quotaByDistrict') };
}

/** NJ2007-18 / GOV2020-4 / NT2011-5: max(minimum for the kind, m² per 100 households × households / 100); a centre's minimum for streets and districts. */
export function explainSpaceRequired(fig: SeriesFigure): Explanation {
  const { p, e, y, i, head, inputs, at } = fig;
  const level = p.entities.level[e];
  // The same terms the requirement step reads (steps/requirementTerms.ts).
  const rule = spaceRuleIn(p.params, y);
  if (level !== LEVEL.community) {
    const key = level === LEVEL.street ? 'space.streetCentreMin' : 'space.districtCentreMin';
    const minimum = level === LEVEL.street ? rule.streetCentre : rule.districtCentre;
    const formula = inputs.add({ kind: 'centreMinSpace', ...paramInput(p, key, y), unit: 'm2' });
    return { ...head, inputs: inputs.list, formula: minimum === null ? num(0) : formula, rules: rulesFor(p, key), ...(minimum === null && { note: 'ruleNotInForce' as const }) };
  }
  const unset = notEstablished(fig);
  if (unset) return unset;
  const kind = p.entities.kind[e];
  const minKind = spaceMinimumKind(rule, kind);
  const minKey = SPACE_MIN_KEY[minKind];
  const minimum = rule.minByKind[minKind];
  const perKey = perHundredKey(kind);
  const perHundred = perHundredFor(rule, kind);
  const h = inputs.add({ kind: 'households', value: p.series.households[i], unit: 'household', path: at('households') });
  const min = inputs.add({ kind: 'minSpace', ...paramInput(p, minKey, y), value: minimum, unit: 'm2' });
  const per = inputs.add({ kind: 'spacePerHundred', ...paramInput(p, perKey, y), value: perHundred, unit: 'm2PerHundredHouseholds' });
  const floor: Formula = minimum === null ? num(0) : min;
  const centre = perHundred === null ? floor : op('max', floor, op('div', op('mul', per, h), num(100)));
  // NT2011-6: the service supermarket is floor space on top of the centre's.
  const formula = rule.supermarket === 0 ? centre : op('add', centre, inputs.add({ kind: 'supermarketSpace', value: rule.supermarket, unit: 'm2' }));
  return { ...head, inputs: inputs.list, formula, rules: rulesFor(p, minKey, perKey, 'space.serviceSupermarket') };
}
