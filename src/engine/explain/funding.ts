/** Funding figures explain themselves as sums: payer total → items → districts → entities. */
import { costTotal } from '../aggregate';
import { COST_ITEMS, type CostItem, type Projection } from '../projection';
import type { Payer } from '../scenario';
import { ITEM_LABEL, PAYER_LABEL } from './labels';
import type { Explanation, ExplainPart } from './types';

const yen = (v: number) => Math.round(v);

function lineIndex(p: Projection, item: CostItem, payer: Payer): number {
  return p.costLines.findIndex((l) => l.item === item && l.payer === payer);
}

export function explainPayerTotal(p: Projection, path: string, payer: Payer, y: number): Explanation {
  const parts: ExplainPart[] = COST_ITEMS.filter((item) => lineIndex(p, item, payer) >= 0).map((item) => ({
    path: `${path}/${item}`,
    label: ITEM_LABEL[item],
    value: costTotal(p, y, { payer, item }),
  }));
  const value = parts.reduce((s, x) => s + x.value, 0);
  const budget = p.payers[payer][y].budget;
  return {
    path,
    label: { zh: `${PAYER_LABEL[payer].zh} ${p.years[y]} 年支出`, en: `${PAYER_LABEL[payer].en} spending ${p.years[y]}` },
    value,
    unit: 'yuan',
    formula: `${parts.filter((x) => x.value !== 0).map((x) => yen(x.value)).join(' + ') || '0'} = ${yen(value)}`,
    inputs: [{ label: { zh: '预算', en: 'budget' }, value: budget, unit: 'yuan' }],
    rules: [],
    parts,
  };
}

export function explainItemTotal(p: Projection, path: string, payer: Payer, y: number, item: CostItem): Explanation {
  const parts: ExplainPart[] = [];
  for (let d = 0; d < p.nDistricts; d++) {
    const e = p.nCommunities + p.nStreets + d;
    parts.push({ path: `${path}/district/${p.entities.id[e]}`, label: { zh: p.entities.name[e], en: p.entities.name[e] }, value: costTotal(p, y, { payer, item, district: d }) });
  }
  const value = parts.reduce((s, x) => s + x.value, 0);
  return {
    path,
    label: { zh: `${PAYER_LABEL[payer].zh}：${ITEM_LABEL[item].zh}（${p.years[y]}）`, en: `${PAYER_LABEL[payer].en}: ${ITEM_LABEL[item].en} (${p.years[y]})` },
    value,
    unit: 'yuan',
    formula: `Σ ${p.nDistricts} × district = ${yen(value)}`,
    inputs: [],
    rules: [],
    parts,
  };
}

export function explainDistrictItem(p: Projection, path: string, payer: Payer, y: number, item: CostItem, districtId: string): Explanation {
  const de = p.entities.id.indexOf(districtId, p.nCommunities + p.nStreets);
  if (de < 0) throw new Error(`explain: unknown district "${districtId}" in ${path}`);
  const d = p.entities.district[de];
  const a = p.costs[lineIndex(p, item, payer)];
  const o = y * p.nEntities;
  const parts: ExplainPart[] = [];
  for (let e = 0; e < p.nEntities; e++) {
    if (p.entities.district[e] !== d || a[o + e] === 0) continue;
    const id = p.entities.id[e];
    parts.push({ path: `entity/${id}/${p.years[y]}/cost/${item}/${payer}`, label: { zh: p.entities.name[e], en: p.entities.name[e] }, value: a[o + e] });
  }
  const value = parts.reduce((s, x) => s + x.value, 0);
  return {
    path,
    label: { zh: `${p.entities.name[de]}：${ITEM_LABEL[item].zh}（${PAYER_LABEL[payer].zh}，${p.years[y]}）`, en: `${p.entities.name[de]}: ${ITEM_LABEL[item].en} (${PAYER_LABEL[payer].en}, ${p.years[y]})` },
    value,
    unit: 'yuan',
    formula: `Σ ${parts.length} × entity = ${yen(value)}`,
    inputs: [],
    rules: [],
    parts,
  };
}
