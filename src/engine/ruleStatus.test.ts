/**
 * Every clause has exactly one status, the RULES.md digest and rules.json list the same clauses, a
 * "modelled" entry names parameters, metrics and test files that exist, and the README's generated
 * list matches the data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMetricId } from '../registry/metrics';
import { isParamKey } from './params';
import { RULES } from './policyLibrary';
import { RULE_STATUS, RULE_STATUS_CODES } from './ruleStatus';
import { withRuleStatusTable } from './ruleStatusTable';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const raw = readFileSync(`${ROOT}scenarios/policy/ruleStatus.json`, 'utf8');

/** The policy digest sits beside the repository in a planning workspace; a plain checkout lacks it. */
function findDigest(): string | undefined {
  for (const up of ['../shared/policy/RULES.md', '../../shared/policy/RULES.md']) {
    const path = fileURLToPath(new URL(up, `file://${ROOT}`));
    if (existsSync(path)) return path;
  }
  return undefined;
}

describe('rule status', () => {
  it('gives every clause exactly one status and names no unknown clause', () => {
    // JSON.parse keeps the last of two equal keys, so duplicates are counted in the text
    const keys = [...raw.matchAll(/^\s*"([^"]+)":\s*\{"status"/gm)].map((m) => m[1]);
    expect(new Set(keys).size, 'an id listed twice').toBe(keys.length);
    expect([...keys].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('uses a known status, with a reading or reason in both languages', () => {
    for (const [id, s] of Object.entries(RULE_STATUS)) {
      expect(RULE_STATUS_CODES, id).toContain(s.status);
      expect(s.note.zh.trim(), id).not.toBe('');
      expect(s.note.en.trim(), id).not.toBe('');
    }
  });

  it('names existing parameters, metrics and tests for a modelled clause, and none for the others', () => {
    for (const [id, s] of Object.entries(RULE_STATUS)) {
      if (s.status !== 'modelled') {
        expect([s.params, s.metrics, s.tests], id).toEqual([undefined, undefined, undefined]);
        continue;
      }
      expect((s.params?.length ?? 0) + (s.metrics?.length ?? 0), `${id} lives somewhere`).toBeGreaterThan(0);
      for (const key of s.params ?? []) expect(isParamKey(key), `${id}: parameter ${key}`).toBe(true);
      for (const metric of s.metrics ?? []) expect(isMetricId(metric), `${id}: metric ${metric}`).toBe(true);
      expect(s.tests?.length ?? 0, `${id} names a test`).toBeGreaterThan(0);
      for (const test of s.tests ?? []) {
        expect(test, `${id}: ${test} is a test file`).toMatch(/\.test\.ts$/);
        expect(existsSync(ROOT + test), `${id}: ${test} exists`).toBe(true);
      }
    }
  });

  const digest = findDigest();
  it.runIf(digest !== undefined)('lists the same clauses as the RULES.md digest', () => {
    const text = readFileSync(digest!, 'utf8');
    // table rows start with the id column; "CASES-rec4 / CS2010-4" names two clauses in one row
    const ids = new Set<string>();
    for (const m of text.matchAll(/^\| ([A-Z][A-Z0-9]*-[^|]+?) \|/gm)) for (const id of m[1].split(' / ')) ids.add(id.trim());
    // The library may read a clause the digest leaves out; each such clause is named here with where it is.
    const beyondDigest = [
      'QY-9', // seed 001 part 1, item 9: migrants under the community's management
      'NJ2007-17b', // seed 000 item 17, its second sentence: retired committee directors' allowance at the average pension
      'GOV2020-1', // seed 004, 规范民主选举: the committees' elections
      'GOV2020-5', // seed 004, 一村（社区）一法律顾问、一村一警务助理: a legal adviser per community, a police assistant per village
    ];
    expect([...ids, ...beyondDigest].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('is listed in the README as generated (npm run gen:rules)', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    expect(readme, 'README.md rule list is stale: run npm run gen:rules').toBe(withRuleStatusTable(readme));
  });
});
