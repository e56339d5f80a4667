/**
 * The scenario validator, loaded by the engine worker on first need rather than with the worker: zod
 * and the schema are a fifth of the worker's script, and building the schemas takes a cold worker some
 * 40 ms, which a first visit's demo (run unchecked, runApi.runBuiltIn) would otherwise wait for. The
 * worker's entry loads it before any call that checks a scenario (engine.worker.ts); tests load it
 * once in their setup (vitest.setup.ts). The same functions as src/io/validateScenario.
 */
import type * as Validation from '../src/io/validateScenario';

let loaded: typeof Validation | null = null;
let loading: Promise<void> | null = null;

export function loadValidator(): Promise<void> {
  loading ??= import('../src/io/validateScenario').then((module) => {
    loaded = module;
  });
  return loading;
}

function validation(): typeof Validation {
  if (!loaded) throw new Error('the scenario validator is not loaded yet: await loadValidator() first (workers/validator.ts)');
  return loaded;
}

export const validateScenario: typeof Validation.validateScenario = (input) => validation().validateScenario(input);

export const validateWithCheckedCity: typeof Validation.validateWithCheckedCity = (input, city) => validation().validateWithCheckedCity(input, city);

export const checkedCity: typeof Validation.checkedCity = (city) => validation().checkedCity(city);
