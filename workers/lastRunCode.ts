/**
 * The code that reads the last run once it is made: a figure's explanation, the map's layers and site
 * suggestions. A user asks for them only after the first verdicts are on screen, so they are a chunk of
 * their own (runApi.ts loads it on the first such call), kept out of the code the worker fetches,
 * compiles and evaluates before its first run.
 */
export { explain } from '../src/engine/explain/index';
export { coverageLayers, layerBuffers, siteSuggestions } from './coverageLayers';
