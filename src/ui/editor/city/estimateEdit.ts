/**
 * An edit of a community's base figure replaces that figure's estimate: the scenario with the value set
 * and that figure's estimate mark gone in one step (one undo), the other marks kept.
 */
import type { Community, Scenario } from '../../../engine/scenario';
import { estimatedFieldAt, estimatedFieldsOf, withEstimatedFields } from '../../../io/estimates';
import { getIn, setIn, type Path } from '../../state/setIn';

/** The edited scenario when the path is an estimated figure of a community; null for any other edit. */
export function editClearingEstimate(scenario: Scenario, path: Path, value: unknown): Scenario | null {
  const at = path.lastIndexOf('communities');
  if (at < 0 || path.length < at + 3) return null;
  const communityPath = path.slice(0, at + 2);
  const field = estimatedFieldAt(path.slice(at + 2).join('.'));
  const community = getIn(scenario, communityPath) as Community | undefined;
  if (!field || !community || !estimatedFieldsOf(community).includes(field)) return null;
  const edited = setIn(community, path.slice(at + 2), value);
  return setIn(scenario, communityPath, withEstimatedFields(edited, estimatedFieldsOf(community).filter((f) => f !== field)));
}
