/**
 * The engine worker runs a built-in from its file's text without the validator (workers/runApi.ts
 * runBuiltIn), which is sound only while every built-in passes validation unchanged: no problem to
 * report, no default to fill in, no field to drop.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateScenario } from '../../io/validateScenario';
import { runApi } from '../../../workers/runApi';
import { BUILT_INS } from './builtIns';
import { loadValidator } from '../../../workers/validator';

// The engine worker loads its validator on first need (workers/validator.ts); these tests call its API directly.
beforeAll(loadValidator);

const files = ['demo-15th-fyp.json', 'nanjing-2007-2010.json', 'qinghu-2026-2030.json'];
const text = (file: string) => readFileSync(new URL(`../../../scenarios/${file}`, import.meta.url), 'utf8');

describe('built-in scenarios ship checked', () => {
  it('covers every built-in', () => expect(BUILT_INS.map((b) => `${b.key}.json`)).toEqual(files));

  it.each(files)('%s passes validateScenario as it is', (file) => {
    const input: unknown = JSON.parse(text(file));
    const checked = validateScenario(input);
    expect(checked.ok && checked.scenario).toEqual(input);
  });

  it('runs the demo from its text with the figures of a checked run, its life-circle verdicts left to the next run', () => {
    const demo = text('demo-15th-fyp.json');
    const unchecked = runApi.runBuiltIn(demo);
    const checked = runApi.run(JSON.parse(demo));
    expect(unchecked.ok && checked.ok).toBe(true);
    if (!unchecked.ok || !checked.ok) return;
    const circles = (JSON.parse(demo) as { targets: { id: string; metric: string }[] }).targets.filter((t) => t.metric.startsWith('coverage')).map((t) => t.id);
    expect(circles.length).toBeGreaterThan(0);
    expect(unchecked.coveragePending).toEqual(circles);
    expect(checked.coveragePending).toBeUndefined();
    const known = (o: typeof checked) => o.view.verdicts.filter((v) => !circles.includes(v.targetId));
    expect(known(unchecked)).toEqual(known(checked));
    expect(known(unchecked).length).toBeGreaterThan(0);
    // Every yearly figure but the life circle's, which the Results tab does not show.
    const { coverage: left, verdicts: v1, ...rest } = unchecked.view.summary;
    const { coverage: worked, verdicts: v2, ...all } = checked.view.summary;
    expect(rest).toEqual(all);
    expect(v1.filter((v) => !circles.includes(v.targetId))).toEqual(v2.filter((v) => !circles.includes(v.targetId)));
    expect(left ?? []).toEqual([]);
    expect(worked?.length).toBeGreaterThan(0);
  });
});
