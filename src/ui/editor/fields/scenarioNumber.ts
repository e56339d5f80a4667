/** What a box editing one number of the scenario is given, and how its typing is stored. */
import type { Path } from '../../state/setIn';
import type { Workbench } from '../../workbench/workbench.svelte';
import { fieldBound } from '../../../io/fieldBounds';
import { scaledStored } from './scaledNumber';

export interface ScenarioNumberProps {
  wb: Workbench;
  path: Path;
  /** the accessible name */
  label: string;
  /** an empty box clears the field */
  optional?: boolean;
  /** shown in an empty box, e.g. the rule set's value an override would replace */
  placeholder?: string;
  testid?: string;
}

/**
 * Stores the typed text at the path: an empty box clears an optional field and leaves a required one
 * as it was; with a scale it is divided back out, without one a number goes in as typed. A number past
 * the field's bound (src/io/fieldBounds.ts) goes in at the bound: a lead time of 10⁸ years would
 * otherwise sit in the scenario until the validator turned it down. Text that is not a number goes in
 * as it is, so the validator names the problem at this field.
 */
export function commitNumber(wb: Pick<Workbench, 'edit'>, path: Path, raw: string, scale: number | undefined, optional: boolean): void {
  if (raw.trim() === '') {
    if (optional) wb.edit(path, undefined);
    return;
  }
  const value = Number(raw);
  const stored = scale !== undefined ? scaledStored(raw, scale) : Number.isFinite(value) ? value : raw;
  wb.edit(path, typeof stored === 'number' ? clamped(stored, fieldBound(path)) : stored);
}

const clamped = (x: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, x));
