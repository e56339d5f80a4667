/**
 * A run's results as the tables of the results workbook: verdicts, yearly totals, funding by payer
 * and year, every community in every year, and the rule set with its citations. Read from the RunView
 * the app already has; figures are only put into the units people read (万元, %), never recomputed.
 */
import type { MetricUnit } from '../../engine/metrics';
import { PARAM_KEYS, PARAMS, type ParamKey, type Unit } from '../../engine/params';
import { documentById, ruleById } from '../../engine/policyLibrary';
import { overrideSteps } from '../../engine/overrides';
import { ruleSetFor } from '../../engine/scenarioRuleSet';
import { valueInYear } from '../../engine/resolveParams';
import type { Text } from '../../engine/ruleSet';
import type { RunView } from '../../engine/runView';
import type { Scenario } from '../../engine/scenario';
import { formatBinding } from '../../i18n/binding';
import { DATA } from '../../i18n/data';
import type { Locale } from '../../i18n/messages';
import { verdictName } from '../../i18n/names';
import { RULES_TEXT } from '../../i18n/rules';
import { estimatesTable } from './estimatesTable';
import { nameIn } from '../../i18n/names';
import { COMMUNITY_KIND_NAME, COMMUNITY_KINDS, COST_ITEM_NAME, COST_ITEMS, PAYER_NAME, shownInWan, yuanToWan, type Payer } from '../../registry';
import { districtQuotaTable } from './districtQuotaTable';

export type Cell = string | number | null;

export interface SheetTable {
  name: string;
  header: string[];
  rows: Cell[][];
  /** Excel number format per column; undefined leaves the cell as it is */
  formats: (string | undefined)[];
  /** leading columns that name a row, kept in view when scrolling sideways */
  keys: number;
}

const WAN = '#,##0.00';
const COUNT = '#,##0';
const FIGURE = '#,##0.00';
const PERCENT = '0.00';
const YEAR = '0';

/** Fifteen significant digits: a unit change without binary dust (0.925 × 100 = 92.5, not 92.50000000000001). */
function clean(x: number): number {
  return Number(x.toPrecision(15));
}

const wan = (yuan: number | null): Cell => (yuan === null ? null : clean(yuanToWan(yuan)));
const percent = (share: number | null): Cell => (share === null || Number.isNaN(share) ? null : clean(share * 100));

function metricNumber(value: number | null, unit: MetricUnit): Cell {
  if (value === null) return null;
  if (unit === 'share') return percent(value);
  return unit === 'yuan' ? wan(value) : value;
}

function verdictsTable(view: RunView, scenario: Scenario, locale: Locale): SheetTable {
  const m = DATA[locale].results;
  const c = m.verdict;
  const unitOf: Record<MetricUnit, string> = { share: m.unit.percent, yuan: m.unit.wan, person: m.unit.person, m2: m.unit.m2, household: m.unit.household, count: m.unit.count };
  const districtName = (id: string | undefined) => (id ? (scenario.city.districts.find((d) => d.id === id)?.name ?? id) : c.wholeCity);
  return {
    name: m.verdicts,
    header: [c.target, c.metric, c.scope, c.year, c.threshold, c.value, c.unit, c.met, c.firstYearMet, c.shortfall, c.binding, c.rule],
    formats: [undefined, undefined, undefined, YEAR, FIGURE, FIGURE, undefined, undefined, YEAR, FIGURE, undefined, undefined],
    keys: 1,
    rows: view.verdicts.map((v) => [
      verdictName(v, locale),
      v.metric,
      districtName(v.district),
      v.year,
      metricNumber(v.threshold, v.unit),
      metricNumber(v.value, v.unit),
      unitOf[v.unit],
      v.met ? m.yes : m.no,
      v.firstYearMet,
      metricNumber(v.shortfall, v.unit),
      v.binding ? formatBinding(v.binding, locale) : null,
      v.rule ?? null,
    ]),
  };
}

const payerName = (payer: Payer, locale: Locale) => nameIn(PAYER_NAME[payer], locale);

function totalsTable(view: RunView, locale: Locale): SheetTable {
  const m = DATA[locale].results;
  const c = m.totalsColumns;
  const u = (label: string, unit: string) => m.withUnit(label, unit);
  const { totals, funding } = view.summary;
  const payers = [...new Set(funding.map((f) => f.payer))];
  const coverage = view.coverage;
  const keys = coverage?.keys ?? [];
  return {
    name: m.totals,
    header: [
      c.year,
      u(c.households, m.unit.household),
      u(c.residents, m.unit.person),
      c.communities,
      m.quotaLevel.column,
      u(c.staffRequired, m.unit.person),
      u(c.inPost, m.unit.person),
      u(c.hires, m.unit.person),
      u(c.leavers, m.unit.person),
      u(c.staffGap, m.unit.person),
      u(c.spaceRequired, m.unit.m2),
      u(c.space, m.unit.m2),
      u(c.spaceStarted, m.unit.m2),
      u(c.spaceCompleted, m.unit.m2),
      ...payers.map((p) => u(c.spending(payerName(p, locale)), m.unit.wan)),
      ...keys.map((k) => u(c.coverage(m.coverageTypes[k]), m.unit.percent)),
    ],
    formats: [YEAR, COUNT, COUNT, COUNT, undefined, FIGURE, FIGURE, FIGURE, FIGURE, FIGURE, FIGURE, FIGURE, FIGURE, FIGURE, ...payers.map(() => WAN), ...keys.map(() => PERCENT)],
    keys: 1,
    rows: totals.map((t, y) => [
      t.year,
      t.households,
      t.residents,
      t.communities,
      m.quotaLevel[t.staffQuotaLevel],
      t.staffRequired,
      t.inPost,
      t.hires,
      t.leavers,
      t.staffGap,
      t.spaceRequired,
      t.space,
      t.spaceStarted,
      t.spaceCompleted,
      ...payers.map((p) => wan(funding.find((f) => f.year === t.year && f.payer === p)?.spent ?? null)),
      ...keys.map((k) => percent(coverage!.city[k][y])),
    ]),
  };
}

function fundingTable(view: RunView, locale: Locale): SheetTable {
  const m = DATA[locale].results;
  const c = m.fundingColumns;
  const { funding } = view.summary;
  const items = COST_ITEMS.filter((item) => funding.some((f) => f.items[item] !== undefined));
  const label = (t: Text) => (locale === 'en' ? t.en : t.zh);
  return {
    name: m.funding,
    header: [
      c.year,
      c.payer,
      m.withUnit(c.budget, m.unit.wan),
      m.withUnit(c.spent, m.unit.wan),
      m.withUnit(c.shortfall, m.unit.wan),
      m.withUnit(c.deferred, m.unit.wan),
      ...items.map((item) => m.withUnit(label(COST_ITEM_NAME[item]), m.unit.wan)),
    ],
    formats: [YEAR, undefined, WAN, WAN, WAN, WAN, ...items.map(() => WAN)],
    keys: 2,
    rows: funding.map((f) => [
      f.year,
      payerName(f.payer, locale),
      f.budget === null ? m.unlimited : wan(f.budget),
      wan(f.spent),
      wan(f.shortfall),
      wan(f.deferred),
      ...items.map((item) => wan(f.items[item] ?? null)),
    ]),
  };
}

function communitiesTable(view: RunView, locale: Locale): SheetTable {
  const m = DATA[locale].results;
  const c = m.communityColumns;
  const t = view.communities;
  const years = view.summary.years;
  const all5 = view.coverage?.communityAll5;
  const kindName = (code: number) => {
    const kind = COMMUNITY_KINDS[code];
    return kind ? nameIn(COMMUNITY_KIND_NAME[kind], locale) : null;
  };
  const rows: Cell[][] = [];
  for (let i = 0; i < t.count; i++) {
    years.forEach((year, y) => {
      const at = y * t.count + i;
      rows.push([
        t.id[i],
        t.name[i],
        view.districts[t.district[i]]?.name ?? null,
        t.street[i],
        kindName(t.kind[i]),
        year,
        t.established[at] ? m.established.yes : m.established.no,
        t.households[at],
        t.staffRequired[at],
        t.inPost[at],
        t.spaceRequired[at],
        t.space[at],
        wan(t.spending[at]),
        ...(all5 ? [percent(all5[at])] : []),
      ]);
    });
  }
  return {
    name: m.communities,
    header: [
      c.id,
      c.name,
      c.district,
      c.street,
      c.kind,
      c.year,
      c.established,
      m.withUnit(c.households, m.unit.household),
      m.withUnit(view.districtQuotas ? m.staffShare : c.staffRequired, m.unit.person),
      m.withUnit(c.inPost, m.unit.person),
      m.withUnit(c.spaceRequired, m.unit.m2),
      m.withUnit(c.space, m.unit.m2),
      m.withUnit(c.spending, m.unit.wan),
      ...(all5 ? [m.withUnit(c.all5, m.unit.percent)] : []),
    ],
    formats: [undefined, undefined, undefined, undefined, undefined, YEAR, undefined, COUNT, FIGURE, FIGURE, FIGURE, FIGURE, WAN, ...(all5 ? [PERCENT] : [])],
    keys: 2,
    rows,
  };
}

/** A parameter's value in the unit its label says: shares in %, yuan in 万元. */
function paramNumber(value: number | null | undefined, unit: Unit): Cell {
  if (value === null || value === undefined) return null;
  if (unit === 'share') return percent(value);
  return shownInWan(unit) ? wan(value) : value;
}

function rulesTable(scenario: Scenario, locale: Locale): SheetTable {
  const m = DATA[locale].results;
  const c = m.ruleColumns;
  const units = RULES_TEXT[locale].units;
  const set = ruleSetFor(scenario.ruleSet);
  const overrides = scenario.ruleSet.overrides ?? {};
  const keys = PARAM_KEYS.filter((k: ParamKey) => set?.parameters[k] !== undefined || overrides[k] !== undefined);
  const rows: Cell[][] = [];
  for (const key of keys) {
    const param = set?.parameters[key];
    const unit = PARAMS[key].unit;
    const override = overrides[key];
    // A dated override gives a row per year it takes effect, after the rule set's own row for the years before.
    const steps = override === undefined ? [] : overrideSteps(override);
    const sources: [number | null, Cell][] = steps.map(([from, v]) => [v, from === 'all' ? m.source.override : m.source.overrideFrom(from)]);
    if (steps.length === 0 || steps[0][0] !== 'all') {
      const first = scenario.horizon.firstYear;
      if (steps.length === 0 || (steps[0][0] as number) > first) sources.unshift([param ? valueInYear(param, first) : null, m.source.ruleSet(scenario.ruleSet.id)]);
    }
    for (const [value, source] of sources) {
      const head: Cell[] = [
        key,
        param ? (locale === 'en' ? param.label.en : param.label.zh) : null,
        paramNumber(value, unit),
        units[unit],
        paramNumber(param?.range?.[0], unit),
        paramNumber(param?.range?.[1], unit),
        source,
      ];
      const refs = param?.reference ?? [];
      if (refs.length === 0) rows.push([...head, null, null, null, null]);
      for (const ref of refs) {
        // An authored set carries its own documents (no English title or gloss), read before the shipped ones a copy may share ids with.
        const own = set?.documents?.find((d) => d.id === ref.doc);
        const doc = own ? undefined : documentById(ref.doc);
        const rule = own ? undefined : ruleById(ref.rule);
        const ownText = own?.clauses.find((cl) => cl.id === ref.rule)?.text ?? null;
        const title = doc ? (locale === 'en' ? doc.titleEn : doc.title) : (own?.title ?? ref.doc);
        rows.push([...head, title, doc?.number || own?.number || null, ref.rule, rule ? (locale === 'en' ? `${rule.gloss} (${rule.text})` : rule.text) : ownText]);
      }
    }
  }
  return {
    name: m.rules,
    header: [c.key, c.label, c.value, c.unit, c.rangeLow, c.rangeHigh, c.source, c.document, c.number, c.rule, c.text],
    formats: [undefined, undefined, FIGURE, undefined, FIGURE, FIGURE, undefined, undefined, undefined, undefined, undefined],
    keys: 1,
    rows,
  };
}

export function resultsTables(view: RunView, scenario: Scenario, locale: Locale): SheetTable[] {
  const quotas = districtQuotaTable(view, locale);
  const estimates = estimatesTable(scenario, locale);
  return [
    verdictsTable(view, scenario, locale),
    totalsTable(view, locale),
    ...(quotas ? [quotas] : []),
    fundingTable(view, locale),
    communitiesTable(view, locale),
    ...(estimates ? [estimates] : []),
    rulesTable(scenario, locale),
  ];
}
