/**
 * The worker that reads the files a user imports (an .xlsx workbook or CSV files) into the city, so a
 * large or hostile file never freezes the page: the page shows progress and can cancel by ending it.
 * Started through src/ui/workers/importWorker.ts on the first import; the same function runs on the
 * main thread in tests.
 */
import { expose } from 'comlink';
import type { Scenario } from '../src/engine/scenario';
import { importFiles, type ImportFile } from '../src/io/excel/importFiles';

const api = {
  importFiles: (files: ImportFile[], base: Scenario, progress?: (done: number, total: number) => void) => importFiles(files, base, progress),
};

export type ImportApi = typeof api;

expose(api);
