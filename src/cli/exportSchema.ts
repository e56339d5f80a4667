/**
 * Writes scenarios/schema.json, the JSON Schema for scenario files, from the zod schema that the app
 * validates with. Run after changing the format: `npm run gen:schema`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../io/scenarioSchema';

const out = fileURLToPath(new URL('../../scenarios/schema.json', import.meta.url));
writeFileSync(out, scenarioJsonSchemaText());
console.log(`wrote ${out}`);
