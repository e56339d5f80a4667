/** Structural edits of the uncertainty block (add the block, add or remove an input), as new scenarios for wb.doc.replace. */
import type { Scenario } from '../../../engine/scenario';
import { newInput, type InputChoice } from './distributions';

/**
 * Draws in a new block: a probability from 500 draws has a standard error of at most
 * √(0.25 / 500) ≈ 2.2 points, fine enough to tell 80% from 90%.
 */
export const NEW_BLOCK_DRAWS = 500;

export function withUncertainty(scenario: Scenario): Scenario {
  return scenario.uncertainty ? scenario : { ...scenario, uncertainty: { draws: NEW_BLOCK_DRAWS, inputs: [] } };
}

export function addInput(scenario: Scenario, choice: InputChoice): Scenario {
  const block = withUncertainty(scenario).uncertainty!;
  return { ...scenario, uncertainty: { ...block, inputs: [...block.inputs, newInput(choice)] } };
}

export function removeInput(scenario: Scenario, index: number): Scenario {
  const block = scenario.uncertainty;
  if (!block || index < 0 || index >= block.inputs.length) return scenario;
  return { ...scenario, uncertainty: { ...block, inputs: block.inputs.filter((_, i) => i !== index) } };
}
