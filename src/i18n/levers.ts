/**
 * The lever vocabulary in words (src/engine/levers/): what a path names, and a lever's value, range
 * and change in its unit — shares in %, money in 万元 (the engine keeps yuan), small per-household
 * amounts and costs per m² in yuan, everything else as stored. Goal seek, training and the
 * comparison's differences all name and show levers through here.
 */
import type { FieldRef, HorizonField, LeverUnit, PlanField } from '../engine/levers';
import { PAYER_NAME, type Name } from '../registry';
import { MESSAGES, type Locale } from './messages';

const PLAN_NAME: Record<PlanField, Name> = {
  'hiring.capacityPerYear': { zh: '每年招聘能力', en: 'Hiring capacity per year' },
  'hiring.attritionRate': { zh: '离职率', en: 'Attrition rate' },
  'hiring.certifiedShare': { zh: '新招聘持证社工比例', en: 'Certified share of hires' },
  'hiring.bachelorShare': { zh: '新招聘本科学历比例', en: 'Graduate share of hires' },
  'pay.perWorker': { zh: '每人年报酬（含社保公积金）', en: 'Pay per worker a year (incl. social insurance and housing fund)' },
  'pay.growth': { zh: '报酬年增长率', en: 'Annual pay growth' },
  'pay.cityShare': { zh: '市级承担人员经费比例', en: 'City share of staff pay' },
  'building.costPerM2': { zh: '每平方米造价', en: 'Cost per m²' },
  'building.leadTimeYears': { zh: '建设周期', en: 'Building lead time' },
  'building.autoCloseFrom': { zh: '自动补建起始年份', en: 'Automatic building from' },
  'building.aimPerHundredHouseholds': { zh: '自动建设目标（每百户平方米）', en: 'Building aim (m² per 100 households)' },
  'building.payer': { zh: '建设出资方', en: 'Building payer' },
  'building.order': { zh: '资金不足时的建设顺序', en: 'Building order when money is short' },
  'shortfall.mode': { zh: '资金不足时的处理', en: 'Shortfall handling' },
  'shortfall.priority': { zh: '可推迟事项顺序', en: 'Deferral priority' },
};

const HORIZON_NAME: Record<HorizonField, Name> = {
  baseYear: { zh: '基准年', en: 'Base year' },
  firstYear: { zh: '规划期首年', en: 'First year' },
  lastYear: { zh: '规划期末年', en: 'Last year' },
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function fieldNames(f: FieldRef): Name {
  switch (f.kind) {
    case 'horizon':
      return HORIZON_NAME[f.field];
    case 'ruleSet':
      return { zh: '政策规则集', en: 'Rule set' };
    case 'plan':
      return PLAN_NAME[f.field];
    case 'budget': {
      const p = PAYER_NAME[f.payer];
      return f.year === undefined
        ? { zh: `${p.zh}年度预算（规划期各年相同）`, en: `Annual ${p.en} budget (same every year)` }
        : { zh: `${f.year}年${p.zh}预算`, en: `${capitalise(p.en)} budget ${f.year}` };
    }
    case 'project':
      if (f.id === undefined) return { zh: '建设项目', en: 'Building projects' };
      if (f.field === 'm2') return { zh: `建设项目 ${f.id} 面积`, en: `Project ${f.id}: floor space` };
      if (f.field === 'startYear') return { zh: `建设项目 ${f.id} 开工年份`, en: `Project ${f.id}: start year` };
      return { zh: `建设项目 ${f.id}`, en: `Building project ${f.id}` };
    case 'facilities':
      return f.id === undefined ? { zh: '新开生活圈设施', en: 'Life-circle facilities to open' } : { zh: `规划设施 ${f.id}`, en: `Planned facility ${f.id}` };
    case 'rule':
      return f.label ?? { zh: f.key, en: f.key };
  }
}

/** What a field or lever is called: "年度招聘能力", "2027年区（县）级财政预算", a rule parameter's own label. */
export function fieldName(f: FieldRef, locale: Locale): string {
  const n = fieldNames(f);
  return locale === 'en' ? n.en : n.zh;
}

/** A short name for a sentence or a title: the name without its explanation in brackets. */
export const withoutNote = (name: string): string => name.replace(/\s*[（(][^（）()]*[）)]\s*$/, '');

/** Units of lever values as shown beside their inputs. */
const UNITS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    person: '人',
    personPerYear: '人/年',
    share: '%',
    wan: '万元',
    wanPerYear: '万元/年',
    wanPerPersonYear: '万元/人·年',
    wanPerCommunityYear: '万元/社区·年',
    wanPerCommunity: '万元/社区',
    yuanPerM2: '元/平方米',
    yuanPerHouseholdYear: '元/户·年',
    m2: '平方米',
    m2PerHundredHouseholds: '平方米/百户',
    year: '',
    years: '年',
    household: '户',
    flag: '0 或 1',
    facilities: '处',
  },
  en: {
    person: 'people',
    personPerYear: 'people a year',
    share: '%',
    wan: '万 yuan',
    wanPerYear: '万 yuan a year',
    wanPerPersonYear: '万 yuan per worker a year',
    wanPerCommunityYear: '万 yuan per community a year',
    wanPerCommunity: '万 yuan per community',
    yuanPerM2: 'yuan per m²',
    yuanPerHouseholdYear: 'yuan per household a year',
    m2: 'm²',
    m2PerHundredHouseholds: 'm² per 100 households',
    year: '',
    years: 'years',
    household: 'households',
    flag: '0 or 1',
    facilities: 'facilities',
  },
};

/** How a unit's number is shown: shown = stored × scale, beside the unit named by key. */
export interface LeverDisplay {
  scale: number;
  key: string;
}

const TO_WAN: Partial<Record<LeverUnit, string>> = {
  yuan: 'wan',
  yuanPerYear: 'wanPerYear',
  yuanPerPersonYear: 'wanPerPersonYear',
  yuanPerCommunityYear: 'wanPerCommunityYear',
  yuanPerCommunity: 'wanPerCommunity',
};

export function displayOf(unit: LeverUnit): LeverDisplay {
  if (unit === 'share') return { scale: 100, key: 'share' };
  const wan = TO_WAN[unit];
  return wan ? { scale: 1e-4, key: wan } : { scale: 1, key: unit };
}

/** Twelve significant digits drop the noise of scaling (0.07 × 100 = 7.000000000000001). */
export const toShown = (stored: number, unit: LeverUnit) => Number((stored * displayOf(unit).scale).toPrecision(12));
export const toStored = (shown: number, unit: LeverUnit) => Number((shown / displayOf(unit).scale).toPrecision(12));

/** "人/年", "万元/年", "%", "户": the unit a lever's values are typed and shown in. */
export function leverUnitLabel(unit: LeverUnit, locale: Locale): string {
  return UNITS[locale][displayOf(unit).key] ?? '';
}

const number = (x: number, locale: Locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(x);

/** "240 万元/年", "50%", "2027", "320 户"; a facility list as its count. */
export function formatLever(value: number | string[] | null | undefined, unit: LeverUnit, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return String(value.length);
  const shown = toShown(value, unit);
  if (unit === 'year') return String(shown);
  if (unit === 'share') return `${number(shown, locale)}%`;
  const label = leverUnitLabel(unit, locale);
  return label ? `${number(shown, locale)} ${label}` : number(shown, locale);
}

/** "0–500 万元/年", "0%–100%", "2026–2030": the unit once. */
export function formatLeverRange(min: number, max: number, unit: LeverUnit, locale: Locale): string {
  if (unit === 'year') return `${min}–${max}`;
  const n = (v: number) => number(toShown(v, unit), locale);
  if (unit === 'share') return `${n(min)}%–${n(max)}%`;
  const label = leverUnitLabel(unit, locale);
  return `${n(min)}–${n(max)}${label ? ` ${label}` : ''}`;
}

/** A change with its sign: "+6 人/年", "−5 个百分点", "+2 年". */
export function formatLeverChange(delta: number, unit: LeverUnit, locale: Locale): string {
  const size = number(toShown(Math.abs(delta), unit), locale);
  const label = unit === 'share' ? MESSAGES[locale].unit.percentagePoints : unit === 'year' ? UNITS[locale].years : leverUnitLabel(unit, locale);
  return `${delta > 0 ? '+' : '−'}${size}${label ? ` ${label}` : ''}`;
}
