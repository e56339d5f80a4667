/** What a box editing one number of the scenario is given, and how its typing is stored. */
import type { Path } from '../../state/setIn';
import type { Workbench } from '../../workbench/workbench.svelte';
import { fieldRange } from '../../../io/fieldRange';
import { readTypedNumber, shownUnitOfScale } from '../../../io/typedNumber';
import type { Rejection } from '../../../i18n/typedNumber';

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

const tidy = (x: number) => Number(x.toPrecision(12));

/**
 * Stores the typed text at the path, read as officials type it (src/io/typedNumber.ts): an empty box
 * clears an optional field and leaves a required one as it was; with a scale it is divided back out.
 * Text that is no number, or a number the field does not allow (its schema and its bound,
 * src/io/fieldBounds.ts), is turned down before it reaches the scenario — a lead time of 10⁸ years
 * would otherwise sit there until the validator named it — and what was wrong comes back for the box
 * to say in the field's own words.
 */
export function commitNumber(wb: Pick<Workbench, 'edit'>, path: Path, raw: string, scale: number | undefined, optional: boolean): Rejection | null {
  if (raw.trim() === '') {
    if (optional) wb.edit(path, undefined);
    return null;
  }
  const s = scale ?? 1;
  const allowed = fieldRange(path);
  const range = { min: tidy(allowed.min * s), max: tidy(allowed.max * s), int: allowed.int && s === 1 };
  const shown = readTypedNumber(raw, shownUnitOfScale(scale));
  if (shown === null) return { raw, shown, range };
  const stored = tidy(shown / s);
  if (stored < allowed.min || stored > allowed.max || (allowed.int && !Number.isInteger(stored))) return { raw, shown, range };
  wb.edit(path, stored);
  return null;
}
