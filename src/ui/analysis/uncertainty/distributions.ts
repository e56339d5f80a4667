/**
 * Editing the uncertainty block: which inputs can still be added, a starting distribution for each,
 * the fields of each distribution kind, how an input's values are shown (growth shifts in percentage
 * points, budget multipliers and hiring success in %), and turning one kind into another without
 * losing where the user had put its centre and spread.
 */
import type { Distribution, Payer, UncertainInput, UncertainWhat, Uncertainty } from '../../../engine/scenario';
import { PAYERS } from '../../../engine/scenario';
import { INPUT_SPECS } from '../../../engine/uncertainty/inputs';

export type DistributionKind = Distribution['kind'];
export const DISTRIBUTION_KINDS: readonly DistributionKind[] = ['normal', 'triangular', 'uniform'];

export type DistributionField = 'mean' | 'sd' | 'min' | 'mode' | 'max';

/** The fields of each kind, in reading order; a normal's bounds may be left empty. */
export function fieldsOf(kind: DistributionKind): { field: DistributionField; optional: boolean }[] {
  switch (kind) {
    case 'normal':
      return [
        { field: 'mean', optional: false },
        { field: 'sd', optional: false },
        { field: 'min', optional: true },
        { field: 'max', optional: true },
      ];
    case 'triangular':
      return [
        { field: 'min', optional: false },
        { field: 'mode', optional: false },
        { field: 'max', optional: false },
      ];
    case 'uniform':
      return [
        { field: 'min', optional: false },
        { field: 'max', optional: false },
      ];
  }
}

/** What can be perturbed: one entry per input key (a budget once per payer). */
export type InputChoice = { what: Exclude<UncertainWhat, 'budget'> } | { what: 'budget'; payer: Payer };

/** In the engine's order (src/engine/uncertainty/inputs.ts), so an input it learns appears here too. */
const ORDER = Object.keys(INPUT_SPECS) as UncertainWhat[];

export function choiceKey(c: InputChoice | UncertainInput): string {
  return c.what === 'budget' ? `budget.${c.payer}` : c.what;
}

export const ALL_CHOICES: readonly InputChoice[] = ORDER.flatMap((what): InputChoice[] =>
  what === 'budget' ? PAYERS.map((payer) => ({ what: 'budget' as const, payer })) : [{ what }],
);

/** The inputs not yet in the block: the same input twice would be drawn and applied twice, which the file checks refuse. */
export function addableInputs(uncertainty: Uncertainty | undefined): InputChoice[] {
  const taken = new Set((uncertainty?.inputs ?? []).map(choiceKey));
  return ALL_CHOICES.filter((c) => !taken.has(choiceKey(c)));
}

/**
 * A distribution to start from, centred on the input's neutral value (the plan as it stands). The
 * spreads are estimates for a user to replace: half a point a year of growth, a twentieth of a budget,
 * up to two years' delay, 70–100% of planned recruitment.
 */
export function startingDistribution(what: UncertainWhat): Distribution {
  switch (what) {
    case 'householdGrowth':
    case 'wageGrowth':
      return { kind: 'normal', mean: 0, sd: 0.005, min: -0.015, max: 0.015 };
    case 'budget':
      return { kind: 'normal', mean: 1, sd: 0.05, min: 0.85, max: 1.15 };
    case 'buildingDelay':
      return { kind: 'triangular', min: 0, mode: 0, max: 2 };
    case 'hiringSuccess':
      return { kind: 'triangular', min: 0.7, mode: 0.9, max: 1 };
  }
}

export function newInput(choice: InputChoice): UncertainInput {
  const distribution = startingDistribution(choice.what);
  return choice.what === 'budget' ? { what: 'budget', payer: choice.payer, distribution } : { what: choice.what, distribution };
}

/** shown = stored × scale. */
export function inputScale(what: UncertainWhat): number {
  return what === 'buildingDelay' ? 1 : 100;
}

export type InputUnit = 'points' | 'percent' | 'years';

export function inputUnit(what: UncertainWhat): InputUnit {
  if (what === 'buildingDelay') return 'years';
  return what === 'householdGrowth' || what === 'wageGrowth' ? 'points' : 'percent';
}

/** Twelve significant digits: a spread of 0.1 − 0.04 stays 0.06, not 0.06000000000000001. */
const clean = (x: number) => Number(x.toPrecision(12));

/**
 * The same input under another kind. A normal becomes a triangle or a uniform over its bounds (mean
 * ± 2 sd where it has none); a triangle or uniform becomes a normal with its centre as mean, a quarter
 * of its width as sd and its ends as bounds, so the values drawn stay where they were.
 */
export function convertDistribution(d: Distribution, kind: DistributionKind): Distribution {
  if (d.kind === kind) return d;
  const lo = d.kind === 'normal' ? (d.min ?? clean(d.mean - 2 * d.sd)) : d.min;
  const hi = d.kind === 'normal' ? (d.max ?? clean(d.mean + 2 * d.sd)) : d.max;
  const centre = d.kind === 'normal' ? d.mean : d.kind === 'triangular' ? d.mode : clean((d.min + d.max) / 2);
  switch (kind) {
    case 'normal':
      return { kind, mean: centre, sd: clean((hi - lo) / 4), min: lo, max: hi };
    case 'triangular':
      return { kind, min: lo, mode: Math.min(hi, Math.max(lo, centre)), max: hi };
    case 'uniform':
      return { kind, min: lo, max: hi };
  }
}

/**
 * An input's note in the reader's language: notes written "中文 / English" (as the built-in scenarios
 * write them) are split at the first " / "; any other note is shown whole.
 */
export function noteIn(note: string, locale: 'zh-CN' | 'en'): string {
  const at = note.indexOf(' / ');
  if (at < 0) return note;
  return (locale === 'en' ? note.slice(at + 3) : note.slice(0, at)).trim();
}
