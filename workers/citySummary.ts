/**
 * City totals per year, small enough to send to the page instead of the whole projection: the page
 * shows them beside the verdicts, and the typed arrays stay in the worker. Staff and floor space are
 * the communities' (as in the CLI's totals); street and district centres are reported apart from them.
 */
import { PAYERS, costTotal, seriesTotal, type Payer, type Projection } from '../src/engine';

export interface YearSummary {
  year: number;
  households: number;
  /** full-time community workers required by the rule set and in post */
  staffRequired: number;
  inPost: number;
  /** community office and service floor space required and in use, m² */
  spaceRequired: number;
  space: number;
  /** yuan spent by each payer in the year, at every level */
  spending: Record<Payer, number>;
}

export function citySummary(p: Projection): YearSummary[] {
  return p.years.map((year, y) => ({
    year,
    households: seriesTotal(p, 'households', y),
    staffRequired: seriesTotal(p, 'staffRequired', y),
    inPost: seriesTotal(p, 'inPost', y),
    spaceRequired: seriesTotal(p, 'spaceRequired', y),
    space: seriesTotal(p, 'space', y),
    spending: Object.fromEntries(PAYERS.map((payer) => [payer, costTotal(p, y, { payer })])) as Record<Payer, number>,
  }));
}
