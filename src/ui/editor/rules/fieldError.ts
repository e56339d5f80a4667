/**
 * The validator's message for a field. The validator writes keys that are not plain names in ["…"]
 * (`ruleSet.overrides["pay.cityShare"]`, `plan.budgets.city["2026"]`), so the path is written the same
 * way here to find it.
 */
import { formatPath } from '../../../io/formatPath';
import type { ValidationError } from '../../engineClient';
import type { Path } from '../../state/setIn';

export function fieldError(errors: readonly ValidationError[], path: Path): ValidationError | undefined {
  const key = formatPath(path);
  return errors.find((e) => e.path === key);
}
