/**
 * explain(projection, path): the formula, inputs and rule behind any figure, as codes and values
 * (src/i18n/explain.ts words them). Paths:
 *   funding/<payer>/<year>                                  a payer's spending (parts: items)
 *   funding/<payer>/<year>/<item>                           one item (parts: districts)
 *   funding/<payer>/<year>/<item>/district/<id>             one district (parts: entities)
 *   funding/<payer>/<year>/deferred[/district/<id>]         spending that waited for money (hires + building starts)
 *   entity/<id>/<year>/cost/<item>/<payer>                  one entity's cost
 *   entity/<id>/<year>/<series>                             households, staffRequired, inPost, spaceRequired, space …
 *   coverage/<type or all5>/<year>[/district/<id>]          a life-circle share of residents
 *   circle/<id>/<year>[/district/<id>]                      a service circle's share of residents (CASES-wuhai)
 */
import { COST_ITEMS, type CostItem, type Projection } from '../projection';
import { PAYERS, type Payer } from '../scenario';
import { COVERAGE_KEYS } from '../coverage/coverage';
import type { CoverageKey } from '../coverage/types';
import { explainCircle, explainCoverage } from './coverage';
import { explainEntityCost } from './entityCost';
import { explainDeferred, explainDistrictDeferred } from './deferred';
import { explainDistrictItem, explainItemTotal, explainPayerTotal } from './funding';
import { EXPLAINED_SERIES, explainSeries, type ExplainedSeries } from './series';
import type { Explanation } from './types';

export type * from './types';
export { evaluateFormula } from './formula';
export { EXPLAINED_SERIES, type ExplainedSeries } from './series';

function fail(path: string, why: string): never {
  throw new Error(`explain("${path}"): ${why}`);
}

function yearIdx(p: Projection, path: string, year: string): number {
  const y = p.years.indexOf(Number(year));
  if (y < 0) fail(path, `year ${year} outside ${p.years[0]}–${p.years[p.years.length - 1]}`);
  return y;
}

function payerOf(path: string, s: string): Payer {
  if (!(PAYERS as readonly string[]).includes(s)) fail(path, `unknown payer "${s}"`);
  return s as Payer;
}

function itemOf(path: string, s: string): CostItem {
  if (!(COST_ITEMS as readonly string[]).includes(s)) fail(path, `unknown cost item "${s}"`);
  return s as CostItem;
}

export function explain(p: Projection, path: string): Explanation {
  const [head, ...rest] = path.split('/');
  if (head === 'funding') {
    const [payer, year, item, kind, id] = rest;
    const pay = payerOf(path, payer);
    const y = yearIdx(p, path, year);
    if (item === undefined) return explainPayerTotal(p, path, pay, y);
    if (item === 'deferred' && kind === undefined) return explainDeferred(p, path, pay, y);
    if (item === 'deferred' && kind === 'district' && id !== undefined) return explainDistrictDeferred(p, path, pay, y, id);
    if (kind === undefined) return explainItemTotal(p, path, pay, y, itemOf(path, item));
    if (kind === 'district' && id !== undefined) return explainDistrictItem(p, path, pay, y, itemOf(path, item), id);
    fail(path, 'expected funding/<payer>/<year>[/<item or deferred>[/district/<id>]]');
  }
  if (head === 'entity') {
    const [id, year, what, item, payer] = rest;
    const e = p.entities.id.indexOf(id);
    if (e < 0) fail(path, `unknown entity "${id}"`);
    const y = yearIdx(p, path, year);
    if (what === 'cost') return explainEntityCost(p, path, e, y, itemOf(path, item), payerOf(path, payer));
    if ((EXPLAINED_SERIES as string[]).includes(what)) return explainSeries(p, path, e, y, what as ExplainedSeries);
    fail(path, `cannot explain "${what}"; try cost or one of ${EXPLAINED_SERIES.join(', ')}`);
  }
  if (head === 'coverage') {
    const [key, year, kind, id] = rest;
    if (!(COVERAGE_KEYS as readonly string[]).includes(key)) fail(path, `unknown facility type "${key}"; try ${COVERAGE_KEYS.join(', ')}`);
    const y = yearIdx(p, path, year);
    if (kind === undefined) return explainCoverage(p, path, key as CoverageKey, y, -1);
    const de = kind === 'district' && id !== undefined ? p.entities.id.indexOf(id, p.nCommunities + p.nStreets) : -1;
    if (de < 0) fail(path, `expected coverage/<type>/<year>[/district/<id>]`);
    return explainCoverage(p, path, key as CoverageKey, y, p.entities.district[de]);
  }
  if (head === 'circle') {
    const [id, year, kind, did] = rest;
    const y = yearIdx(p, path, year);
    if (kind === undefined) return explainCircle(p, path, id, y, -1);
    const de = kind === 'district' && did !== undefined ? p.entities.id.indexOf(did, p.nCommunities + p.nStreets) : -1;
    if (de < 0) fail(path, `expected circle/<id>/<year>[/district/<id>]`);
    return explainCircle(p, path, id, y, p.entities.district[de]);
  }
  fail(path, 'paths start with funding/, entity/, coverage/ or circle/');
}
