/**
 * A scenario as a file: kept apart from the library's actions so that the workbench's export and
 * share buttons do not load the importer's checks with the first screen.
 */
import type { Scenario } from '../../engine/scenario';

/** The scenario as a file people can read and diff: pretty JSON, two-space indent. */
export function exportText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** A file name from the scenario's name, without characters that file systems refuse. */
export function exportFileName(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/^[\s.]+|[\s.]+$/g, '').slice(0, 120);
  return `${safe || 'scenario'}.json`;
}
