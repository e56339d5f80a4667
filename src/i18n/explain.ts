/**
 * An explanation from the engine (codes and values) in words: title, value, formula with its own
 * numbers, the inputs and parts by name. The side panel shows this; any other place that explains a
 * figure (report, workbook) can use it too.
 */
import type { DerivedFigure, ExplainNote, ExplainPart, Explanation } from '../engine/explain/types';
import { COST_ITEM_NAME } from '../registry/costItems';
import type { Name } from '../registry/text';
import { formulaText, readsMoney, type FormulaContext } from './explainFormula';
import { inputLabel, overrideText } from './explainInputs';
import { explanationTitle } from './explainSubject';
import { exactYuan, explainUnitWord, formatExplainInput, formatExplainNumber, formatExplainValue, isMoney, pick } from './explainValues';
import type { Locale } from './messages';

export { formatExplainValue } from './explainValues';

const NOTE: Record<ExplainNote, Name> = {
  notEstablished: {
    zh: '该新建小区尚未达到设立社区居委会的入住率，不计需求和费用。',
    en: 'This new estate has not reached the occupancy at which its committee is set up: nothing is required or paid yet.',
  },
  communitiesOnly: { zh: '此项只按社区计算，街道和区（县）为 0。', en: 'Counted for communities only; streets and districts show 0.' },
  otherLevel: { zh: '此项按街道或区（县）计算，其他层级为 0。', en: 'Counted per street or per district; other levels show 0.' },
  noPostsAtLevel: { zh: '区（县）一级不设专职社区工作者岗位。', en: 'Districts have no community-worker posts of their own.' },
  noDistrictQuota: {
    zh: '当年规则集按社区逐个核定专职工作者，不以区（县）为单位核定总量，按 0 计。',
    en: 'That year the rule set counts workers community by community, with no quota per district, so this counts as 0.',
  },
  ruleNotInForce: { zh: '当年规则集中没有这条规定，按 0 计。', en: 'The rule set has no such rule that year, so it counts as 0.' },
  noResidents: { zh: '该范围内没有居民，比例按 0 计。', en: 'No residents live here, so the share counts as 0.' },
};

const DERIVED: Record<DerivedFigure['what'], Name> = {
  straightLineReach: { zh: '步行可达半径（直线）', en: 'walking reach (straight line)' },
  networkReach: { zh: '步行可达距离（沿路网）', en: 'walking reach (along the network)' },
};

export interface RenderedInput {
  label: string;
  value: string;
  /** a path to explain this input in turn */
  path?: string;
}

export interface RenderedPart {
  path: string;
  label: string;
  value: number;
  /** the value without its unit, which the list's heading names */
  number: string;
  /** the value with its unit */
  amount: string;
}

export interface RenderedExplanation {
  title: string;
  value: string;
  /** a money figure to the yuan, "323,399,400 元"; null for other units */
  exact: string | null;
  /** "expression = result" */
  formula: string;
  /** further results worked from the same inputs, each "label: expression = result" */
  derived: string[];
  note: string | null;
  /** the formula shows amounts in 万元 */
  moneyInWan: boolean;
  inputs: RenderedInput[];
  parts: RenderedPart[];
  /** the unit the parts share, for their heading */
  partsUnit: string;
}

function partLabel(part: ExplainPart, locale: Locale): string {
  return 'item' in part.of ? pick(COST_ITEM_NAME[part.of.item], locale) : part.of.entity.name;
}

function derivedText(d: DerivedFigure, c: FormulaContext): string {
  const colon = c.locale === 'en' ? ': ' : '：';
  const unit = explainUnitWord(d.unit, c.locale);
  return `${pick(DERIVED[d.what], c.locale)}${colon}${formulaText(d.formula, d.value, { ...c, unit: d.unit })}${unit ? ` ${unit}` : ''}`;
}

export function renderExplanation(x: Explanation, locale: Locale): RenderedExplanation {
  const parts = x.parts ?? [];
  const c: FormulaContext = { inputs: x.inputs, parts, partLabels: parts.map((part) => partLabel(part, locale)), unit: x.unit, locale };
  return {
    title: explanationTitle(x.subject, locale),
    value: formatExplainValue(x.value, x.unit, locale),
    exact: x.unit === 'yuan' ? exactYuan(x.value, locale) : null,
    formula: formulaText(x.formula, x.value, c),
    derived: (x.derived ?? []).map((d) => derivedText(d, c)),
    note: x.note ? pick(NOTE[x.note], locale) : null,
    moneyInWan: isMoney(x.unit) || readsMoney(x.formula, c),
    inputs: x.inputs.map((input) => ({
      label: inputLabel(input, locale),
      value: formatExplainInput(input.value, input.unit, locale) + overrideText(input.override, locale),
      ...(input.path !== undefined && { path: input.path }),
    })),
    parts: parts.map((part, k) => ({
      path: part.path,
      label: c.partLabels[k],
      value: part.value,
      number: formatExplainNumber(part.value, x.unit, locale),
      amount: formatExplainValue(part.value, x.unit, locale),
    })),
    partsUnit: explainUnitWord(x.unit, locale),
  };
}
