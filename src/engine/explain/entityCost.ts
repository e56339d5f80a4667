/** One entity's cost item in one year, as the arithmetic that produced it. */
import type { CostItem, Projection } from '../projection';
import type { Payer } from '../scenario';
import { facilityCostIn } from '../steps/facilityCharges';
import { num } from './format';
import { ITEM_LABEL, PAYER_LABEL } from './labels';
import { paramAt, rulesFor } from './ruleRefs';
import type { ExplainInput, Explanation } from './types';

export function explainEntityCost(p: Projection, path: string, e: number, y: number, item: CostItem, payer: Payer): Explanation {
  const line = p.costLines.findIndex((l) => l.item === item && l.payer === payer);
  if (line < 0) throw new Error(`explain: ${PAYER_LABEL[payer].en} pays no ${item} (${path})`);
  const i = y * p.nEntities + e;
  const value = p.costs[line][i];
  const id = p.entities.id[e];
  const at = (s: string) => `entity/${id}/${p.years[y]}/${s}`;
  const staff: ExplainInput = { label: { zh: '在岗人数', en: 'workers in post' }, value: p.series.inPost[i], unit: 'person', path: at('inPost') };
  const f = formulaFor(p, item, payer, e, y, i, value, staff, at);
  return {
    path,
    label: { zh: `${p.entities.name[e]}：${ITEM_LABEL[item].zh}（${PAYER_LABEL[payer].zh}，${p.years[y]}）`, en: `${p.entities.name[e]}: ${ITEM_LABEL[item].en} (${PAYER_LABEL[payer].en}, ${p.years[y]})` },
    value,
    unit: 'yuan',
    ...f,
  };
}

type Shape = Pick<Explanation, 'formula' | 'inputs' | 'rules'>;

function formulaFor(p: Projection, item: CostItem, payer: Payer, e: number, y: number, i: number, value: number, staff: ExplainInput, at: (s: string) => string): Shape {
  const v = (key: string) => paramAt(p, key, y) ?? 0;
  switch (item) {
    case 'staffPay': {
      const share = payer === 'city' ? p.cityShareOfPay[y] : 1 - p.cityShareOfPay[y];
      const ws = v('pay.wageShareOfBenchmark');
      return {
        formula: `${num(staff.value!)} × ${num(p.wage[y])} × ${num(ws)} × ${num(share)} = ${num(value)}`,
        inputs: [
          staff,
          { label: { zh: '基准年薪（含社保公积金）', en: 'benchmark annual pay incl. insurance and housing fund' }, value: p.wage[y], unit: 'yuan' },
          { label: { zh: '达到基准的比例', en: 'share of the benchmark paid' }, value: ws, unit: 'share' },
          { label: { zh: '本级分担比例', en: "this payer's share" }, value: share, unit: 'share' },
        ],
        rules: rulesFor(p, 'pay.wageShareOfBenchmark', 'pay.cityShare'),
      };
    }
    case 'workerSubsidy': {
      const key = payer === 'city' ? 'pay.cityPerWorker' : 'pay.districtPerWorker';
      const counted = payer === 'city' ? Math.min(staff.value!, p.series.staffRequired[i]) : staff.value!;
      return {
        formula: payer === 'city'
          ? `min(${num(staff.value!)}, ${num(p.series.staffRequired[i])}) × ${num(v(key))} = ${num(value)}`
          : `${num(counted)} × ${num(v(key))} = ${num(value)}`,
        inputs: [
          staff,
          ...(payer === 'city' ? [{ label: { zh: '核定人数', en: 'staff quota' }, value: p.series.staffRequired[i], unit: 'person' as const, path: at('staffRequired') }] : []),
          { label: { zh: '每人每年补贴', en: 'subsidy per person per year' }, value: v(key), unit: 'yuanPerPerson' },
        ],
        rules: rulesFor(p, key),
      };
    }
    case 'workingFunds': {
      const key = payer === 'city' ? 'funds.cityPerCommunity' : 'funds.districtPerCommunity';
      return { formula: `${num(value)}`, inputs: [{ label: { zh: '每社区每年', en: 'per community per year' }, value: v(key), unit: 'yuan' }], rules: rulesFor(p, key) };
    }
    case 'householdFunds':
    case 'newHouseholdFunds': {
      const key = item === 'householdFunds' ? 'funds.streetPerHousehold' : 'funds.streetPerNewHousehold';
      const series = item === 'householdFunds' ? 'households' : 'newHouseholds';
      const h = p.series[series][i];
      return {
        formula: `${num(h)} × ${num(v(key))} = ${num(value)}`,
        inputs: [
          { label: { zh: item === 'householdFunds' ? '户数' : '新增户数', en: item === 'householdFunds' ? 'households' : 'new households' }, value: h, unit: 'household', path: at(series) },
          { label: { zh: '每户每年', en: 'per household per year' }, value: v(key), unit: 'yuan' },
        ],
        rules: rulesFor(p, key),
      };
    }
    case 'reward': {
      const before = y === 0 ? p.base.space[e] : p.series.space[i - p.nEntities];
      return {
        formula: `${num(before)} < ${num(v('reward.spaceThreshold'))} ≤ ${num(p.series.space[i])} → ${num(value)}`,
        inputs: [
          { label: { zh: '上年用房面积', en: 'floor space the year before' }, value: before, unit: 'm2' },
          { label: { zh: '本年用房面积', en: 'floor space this year' }, value: p.series.space[i], unit: 'm2', path: at('space') },
          { label: { zh: '奖励门槛', en: 'reward threshold' }, value: v('reward.spaceThreshold'), unit: 'm2' },
        ],
        rules: rulesFor(p, 'reward.amount', 'reward.spaceThreshold'),
      };
    }
    case 'building': {
      const projects = p.projectStarts.filter((s) => s.entity === e && s.yearIdx === y && s.payer === payer);
      const projectCost = projects.reduce((s, x) => s + x.cost, 0);
      const autoCost = value - projectCost;
      const terms = projects.map((s) => `${num(s.m2)} × ${num(s.cost / s.m2)}`);
      if (autoCost > 1e-6) terms.push(`${num(autoCost / p.autoBuild.costPerM2)} × ${num(p.autoBuild.costPerM2)}`);
      return {
        formula: `${terms.join(' + ') || '0'} = ${num(value)}`,
        inputs: [
          { label: { zh: '本年开工面积', en: 'm² started this year' }, value: p.series.spaceStarted[i], unit: 'm2' },
          { label: { zh: '自动补缺每平方米造价', en: 'programme cost per m²' }, value: p.autoBuild.costPerM2, unit: 'yuanPerM2' },
        ],
        rules: [],
      };
    }
    case 'facility': {
      const year = p.years[y];
      const terms: string[] = [];
      const inputs: ExplainInput[] = [];
      for (const f of p.facilityCharges) {
        if (f.entity !== e || f.payer !== payer) continue;
        const { capital, running } = facilityCostIn(f, year, p.years[0]);
        if (capital > 0) {
          terms.push(num(capital));
          inputs.push({ label: { zh: `${f.name}（${f.id}）建设投资`, en: `${f.name} (${f.id}) capital cost` }, value: capital, unit: 'yuan' });
        }
        if (running > 0) {
          terms.push(num(running));
          inputs.push({ label: { zh: `${f.name}（${f.id}）年运营经费`, en: `${f.name} (${f.id}) running cost` }, value: running, unit: 'yuan' });
        }
      }
      // GOV2020-4b asks for the circle's facilities; what they cost is the plan's own estimate.
      return { formula: `${terms.join(' + ') || '0'} = ${num(value)}`, inputs, rules: ['GOV2020-4b'] };
    }
  }
}
