/** A new library record from a built-in scenario (or any valid scenario object). */
import type { Scenario } from '../../engine/scenario';
import type { ScenarioRecord } from '../../store/records';

export function newId(): string {
  return crypto.randomUUID();
}

export function newRecord(scenario: Scenario, source?: string, now = Date.now()): ScenarioRecord {
  return { id: newId(), name: scenario.name, scenario, createdAt: now, updatedAt: now, ...(source && { source }) };
}
