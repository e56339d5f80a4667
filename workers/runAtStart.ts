/**
 * The name the page gives an engine worker that is to fetch and run a built-in's file as soon as it
 * starts (workers/builtInApi.ts). Apart, so the page's entry imports a few lines, not the engine.
 */
const RUN_AT_START = 'run at start: ';

/** The name for a worker that is to fetch and run the built-in file at `url` at once. */
export const runAtStartName = (url: string): string => RUN_AT_START + url;

/** The file's URL a worker's name asks to run, or null. */
export const runAtStartUrl = (name: string): string | null => (name.startsWith(RUN_AT_START) ? name.slice(RUN_AT_START.length) : null);
