/** The synthesized plan's levers year by year, and its limit values, as rows for the answer's tables. */
import { sitesByYear, type LimitValue, type SiteYear, type SynthesizedPlan } from '../../../engine';
import { PAYERS, type Payer } from '../../../registry/payers';

export interface LeverYear {
  year: number;
  /** people hired, all districts */
  hires: number;
  /** hires by district id, for the cell's title */
  byDistrict: { district: string; hires: number }[];
  /** communities whose building starts that year, and their m² */
  starts: string[];
  m2: number;
  /** facilities opening that year, by type */
  sites: SiteYear['types'];
  /** yuan, per payer with a chosen budget */
  budgets: Partial<Record<Payer, number>>;
}

/** Every year the plan touches, in order. */
export function leverYears(plan: SynthesizedPlan): LeverYear[] {
  const sites = sitesByYear(plan.sites);
  const years = new Set<number>([...plan.hires.map((h) => h.year), ...plan.starts.map((s) => s.year), ...sites.map((s) => s.year)]);
  for (const byYear of Object.values(plan.budgets)) for (const y of Object.keys(byYear ?? {})) years.add(Number(y));
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const hired = plan.hires.filter((h) => h.year === year);
      const started = plan.starts.filter((s) => s.year === year);
      const budgets: Partial<Record<Payer, number>> = {};
      for (const p of PAYERS) {
        const v = plan.budgets[p]?.[String(year)];
        if (v !== undefined) budgets[p] = v;
      }
      return {
        year,
        hires: hired.reduce((s, h) => s + h.hires, 0),
        byDistrict: hired.map(({ district, hires }) => ({ district, hires })),
        starts: started.map((s) => s.community),
        m2: started.reduce((s, x) => s + x.m2, 0),
        sites: sites.find((s) => s.year === year)?.types ?? [],
        budgets,
      };
    });
}

/** The payers with a chosen budget, in the registry's order: the budget columns of the levers table. */
export function budgetPayers(plan: SynthesizedPlan): Payer[] {
  return PAYERS.filter((p) => plan.budgets[p] !== undefined);
}

/**
 * Under one yuan a unit, a rate is the programme's tie-breaking weights (capacity costs 1e-6 万元 a
 * person so that no more is asked than used), not a limit that binds: shown as zero.
 */
const TIE_BREAK = 1e-4;

/** Limit values worth showing: those that bind first, largest rate first; the rest after, in order, at zero. */
export function limitRows(values: LimitValue[]): LimitValue[] {
  const binds = (v: LimitValue) => Math.abs(v.value) >= TIE_BREAK;
  const binding = values.filter(binds).sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
  return [...binding, ...values.filter((v) => !binds(v)).map((v) => ({ ...v, value: 0 }))];
}
