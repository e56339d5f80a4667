/**
 * Writes the built-in scenarios from their generators: `npm run gen:demo`. The files are committed so
 * the app can fetch them; a test checks that they still equal a fresh generation.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../engine/scenario';
import { formatErrors, validateScenario } from '../io/validateScenario';
import { demoScenario } from '../fixtures/demo/demoScenario';
import { nanjingReplay } from '../fixtures/demo/nanjingReplay';

/** Each built-in scenario and the file it lives in, relative to the repository root. */
export const DEMO_FILES: { file: string; make: () => Scenario }[] = [
  { file: 'scenarios/demo-15th-fyp.json', make: demoScenario },
  { file: 'scenarios/nanjing-2007-2010.json', make: nanjingReplay },
];

/** The file's exact text: two-space JSON with a final newline. */
export function scenarioText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

function main(): void {
  for (const { file, make } of DEMO_FILES) {
    const scenario = make();
    const checked = validateScenario(scenario);
    if (!checked.ok) {
      console.error(`${file}:\n${formatErrors(checked.errors, 'en')}`);
      process.exitCode = 1;
      continue;
    }
    const out = fileURLToPath(new URL(`../../${file}`, import.meta.url));
    writeFileSync(out, scenarioText(scenario));
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
