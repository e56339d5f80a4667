/**
 * The engine worker's import call: the files a user imports (an .xlsx workbook or CSV files) read into
 * the city. The Excel and CSV readers load on the first import, in a chunk of their own that shares
 * the validator's with the rest of the worker, so the app ships one engine worker and one validator.
 * The page reads imports in an engine worker of their own (src/ui/workers/importWorker.ts), so a large
 * or hostile file never freezes the page and a cancel ends it; the same function runs on the main
 * thread in tests.
 */
import type { Scenario } from '../src/engine/scenario';
import type { ImportFile } from '../src/io/excel/importFiles';
import type { ImportOutcome } from '../src/io/tabular/importCity';

export const importApi = {
  async importFiles(files: ImportFile[], base: Scenario, progress?: (done: number, total: number) => void): Promise<ImportOutcome> {
    const { importFiles } = await import('../src/io/excel/importFiles');
    return importFiles(files, base, progress);
  },
};
