/**
 * Everything that needs exceljs or papaparse, behind one module the app loads with import() when a
 * user first downloads a template, imports a file or exports results: the libraries are a large
 * chunk that no other screen needs.
 */
export { templateWorkbook, workbookBytes } from './templateWorkbook';
export { resultsWorkbook } from './resultsWorkbook';
export { importFiles, type ImportFile } from './importFiles';
