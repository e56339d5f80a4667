import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../io/validateScenario';
import { DEMO_FILES } from './generateDemo';

const read = (file: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf8'));

describe('the committed demo files', () => {
  for (const { file, make } of DEMO_FILES) {
    it(`${file} equals a fresh generation (run \`npm run gen:demo\` if not) and validates`, () => {
      const committed = read(file);
      expect(committed).toEqual(make());
      const checked = validateScenario(committed);
      expect(checked.ok ? [] : checked.errors).toEqual([]);
    });
  }
});
