/**
 * The engine worker runs a built-in from its file's text without the validator (workers/runApi.ts
 * runBuiltIn), which is sound only while every built-in passes validation unchanged: no problem to
 * report, no default to fill in, no field to drop.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../io/validateScenario';
import { runApi } from '../../../workers/runApi';
import { BUILT_INS } from './builtIns';

const files = ['demo-15th-fyp.json', 'nanjing-2007-2010.json', 'qinghu-2026-2030.json'];
const text = (file: string) => readFileSync(new URL(`../../../scenarios/${file}`, import.meta.url), 'utf8');

describe('built-in scenarios ship checked', () => {
  it('covers every built-in', () => expect(BUILT_INS.map((b) => `${b.key}.json`)).toEqual(files));

  it.each(files)('%s passes validateScenario as it is', (file) => {
    const input: unknown = JSON.parse(text(file));
    const checked = validateScenario(input);
    expect(checked.ok && checked.scenario).toEqual(input);
  });

  it('runs the demo from its text with the figures of a checked run', () => {
    const demo = text('demo-15th-fyp.json');
    const unchecked = runApi.runBuiltIn(demo);
    const checked = runApi.run(JSON.parse(demo));
    expect(unchecked.ok && checked.ok).toBe(true);
    if (!unchecked.ok || !checked.ok) return;
    expect(unchecked.view.verdicts).toEqual(checked.view.verdicts);
    expect(unchecked.view.summary).toEqual(checked.view.summary);
  });
});
