/** Writes the rule-status table into README.md between its markers (npm run gen:rules). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withRuleStatusTable } from '../engine/ruleStatusTable';

// The README is read as a file from the repository root, not referenced as an asset of the module.
const README = join(fileURLToPath(new URL('../..', import.meta.url)), 'README.md');
writeFileSync(README, withRuleStatusTable(readFileSync(README, 'utf8')));
