/**
 * Deferred spending (shortfall mode defer) explains itself as what waited: the hires and the building
 * starts the payer's money could not pay for that year, each at what it would have cost that payer.
 */
import type { Projection } from '../projection';
import type { Payer } from '../scenario';
import { entityRef } from './entities';
import { Inputs, op } from './formula';
import type { Explanation, ExplainPart } from './types';

function waited(inputs: Inputs, hires: number, total: number) {
  return op('add', inputs.add({ kind: 'deferredHires', value: hires, unit: 'yuan' }), inputs.add({ kind: 'deferredBuilding', value: total - hires, unit: 'yuan' }));
}

/** A payer's deferred spending in a year: hires plus building starts that waited, district by district. */
export function explainDeferred(p: Projection, path: string, payer: Payer, y: number): Explanation {
  const row = p.payers[payer][y];
  const firstDistrict = p.nCommunities + p.nStreets;
  const parts: ExplainPart[] = row.deferredIn.map((value, d) => ({
    path: `${path}/district/${p.entities.id[firstDistrict + d]}`,
    value,
    of: { entity: entityRef(p, firstDistrict + d) },
  }));
  const inputs = new Inputs();
  const hires = row.deferredHiresIn.reduce((a, b) => a + b, 0);
  return {
    path,
    subject: { kind: 'deferred', payer, year: p.years[y] },
    value: row.deferred,
    unit: 'yuan',
    inputs: inputs.list,
    formula: waited(inputs, hires, row.deferred),
    rules: [],
    parts,
  };
}

/** The same in one district. */
export function explainDistrictDeferred(p: Projection, path: string, payer: Payer, y: number, districtId: string): Explanation {
  const de = p.entities.id.indexOf(districtId, p.nCommunities + p.nStreets);
  if (de < 0) throw new Error(`explain("${path}"): unknown district "${districtId}"`);
  const d = p.entities.district[de];
  const row = p.payers[payer][y];
  const inputs = new Inputs();
  return {
    path,
    subject: { kind: 'districtDeferred', payer, entity: entityRef(p, de), year: p.years[y] },
    value: row.deferredIn[d],
    unit: 'yuan',
    inputs: inputs.list,
    formula: waited(inputs, row.deferredHiresIn[d], row.deferredIn[d]),
    rules: [],
  };
}
