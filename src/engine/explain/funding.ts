/** Funding figures explain themselves as sums: payer total → items → districts → entities. */
import { costTotal } from '../aggregate';
import { COST_ITEMS, type CostItem, type Projection } from '../projection';
import type { Payer } from '../scenario';
import { entityRef } from './entities';
import { Inputs, sumOfParts } from './formula';
import type { Explanation, ExplainPart } from './types';

function lineIndex(p: Projection, item: CostItem, payer: Payer): number {
  return p.costLines.findIndex((l) => l.item === item && l.payer === payer);
}

/** A payer's spending in a year, item by item, beside its budget. */
export function explainPayerTotal(p: Projection, path: string, payer: Payer, y: number): Explanation {
  const parts: ExplainPart[] = COST_ITEMS.filter((item) => lineIndex(p, item, payer) >= 0).map((item) => ({
    path: `${path}/${item}`,
    value: costTotal(p, y, { payer, item }),
    of: { item },
  }));
  const inputs = new Inputs();
  inputs.add({ kind: 'budget', value: p.payers[payer][y].budget, unit: 'yuan' });
  return {
    path,
    subject: { kind: 'payerTotal', payer, year: p.years[y] },
    value: p.payers[payer][y].spent,
    unit: 'yuan',
    inputs: inputs.list,
    formula: sumOfParts(parts),
    rules: [],
    parts,
  };
}

/** One item of a payer's spending, district by district. */
export function explainItemTotal(p: Projection, path: string, payer: Payer, y: number, item: CostItem): Explanation {
  const parts: ExplainPart[] = [];
  for (let d = 0; d < p.nDistricts; d++) {
    const e = p.nCommunities + p.nStreets + d;
    parts.push({ path: `${path}/district/${p.entities.id[e]}`, value: costTotal(p, y, { payer, item, district: d }), of: { entity: entityRef(p, e) } });
  }
  return {
    path,
    subject: { kind: 'itemTotal', item, payer, year: p.years[y] },
    value: costTotal(p, y, { payer, item }),
    unit: 'yuan',
    inputs: [],
    formula: sumOfParts(parts),
    rules: [],
    parts,
  };
}

/** One item in one district, entity by entity (those with a cost). */
export function explainDistrictItem(p: Projection, path: string, payer: Payer, y: number, item: CostItem, districtId: string): Explanation {
  const de = p.entities.id.indexOf(districtId, p.nCommunities + p.nStreets);
  if (de < 0) throw new Error(`explain("${path}"): unknown district "${districtId}"`);
  const d = p.entities.district[de];
  const a = p.costs[lineIndex(p, item, payer)];
  const o = y * p.nEntities;
  const parts: ExplainPart[] = [];
  for (let e = 0; e < p.nEntities; e++) {
    if (p.entities.district[e] !== d || a[o + e] === 0) continue;
    parts.push({ path: `entity/${p.entities.id[e]}/${p.years[y]}/cost/${item}/${payer}`, value: a[o + e], of: { entity: entityRef(p, e) } });
  }
  return {
    path,
    subject: { kind: 'districtItem', item, payer, entity: entityRef(p, de), year: p.years[y] },
    value: costTotal(p, y, { payer, item, district: d }),
    unit: 'yuan',
    inputs: [],
    formula: sumOfParts(parts),
    rules: [],
    parts,
  };
}
