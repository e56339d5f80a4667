/**
 * What the data panel does, apart from the page: make the template and results workbooks, read the
 * chosen files into an import outcome (in a worker, so the page stays responsive), and apply an
 * accepted import as one undoable step. The Excel code is loaded on first use.
 */
import type { RunView } from '../../engine/runView';
import type { City, Scenario } from '../../engine/scenario';
import type { Locale } from '../../i18n/messages';
import type { ImportOutcome } from '../../io/tabular/importCity';
import { transfer } from 'comlink';
import { WorkerBridge, type Progress } from '../workers/bridge';
import { spawnImportWorker, type ImportApi } from '../workers/importWorker';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const excel = () => import('../../io/excel/index');

function blob(bytes: ArrayBuffer): Blob {
  return new Blob([bytes], { type: XLSX_TYPE });
}

export async function templateBlob(city: City | null): Promise<Blob> {
  const { templateWorkbook, workbookBytes } = await excel();
  return blob(await workbookBytes(templateWorkbook(city)));
}

export async function resultsBlob(view: RunView, scenario: Scenario, locale: Locale): Promise<Blob> {
  const { resultsWorkbook, workbookBytes } = await excel();
  return blob(await workbookBytes(resultsWorkbook(view, scenario, locale)));
}

/** Imports are read in a worker of their own, started on the first; cancelImport() ends it. */
const importer = new WorkerBridge<ImportApi>(spawnImportWorker);

/** The files read into an import outcome in the import worker; rejects with CancelledError when cancelled. */
export async function readImport(files: readonly File[], base: Scenario, onProgress?: Progress): Promise<ImportOutcome> {
  const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
  // The bytes move to the worker rather than being copied (the scenario is plain data: ScenarioDoc holds it raw).
  return importer.call((api, progress) => api.importFiles(transfer(read, read.map((r) => r.bytes)), base, progress), onProgress);
}

export function cancelImport(): void {
  importer.cancel();
}

/** The scenario with the imported city, on top of whatever the scenario is now; null when the import may not be applied. */
export function applied(outcome: ImportOutcome, current: Scenario): Scenario | null {
  return outcome.ok && outcome.scenario ? { ...current, city: outcome.scenario.city } : null;
}

/** A file name from the scenario's name, without characters that file systems refuse. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/^[\s.]+|[\s.]+$/g, '').slice(0, 120) || 'shapan';
}
