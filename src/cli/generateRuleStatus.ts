/** Writes the rule-status table into README.md between its markers (npm run gen:rules). */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withRuleStatusTable } from '../engine/ruleStatusTable';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));
writeFileSync(README, withRuleStatusTable(readFileSync(README, 'utf8')));
