/**
 * The exercises shipped in scenarios/training, loaded when training mode opens (each file is its own
 * chunk, so the page bundle does not carry them). Their validity is checked by the unit tests
 * (src/io/training/builtInExercises.test.ts), so the page trusts them as they are.
 */
import type { Exercise } from '../../engine/training/exercise';

const files = import.meta.glob<unknown>('../../../scenarios/training/*.json', { import: 'default' });

export async function loadBuiltIns(): Promise<Exercise[]> {
  const all = (await Promise.all(Object.values(files).map((load) => load()))) as Exercise[];
  return all.sort((a, b) => a.order - b.order);
}
