import { describe, expect, it } from 'vitest';
import { checkImport, parseJson, type Validate } from './parseImport';
import { problemLine } from './problemLine';
import { SCHEMA_VERSION } from '../../engine/scenario';

const accept: Validate = async () => [];
const reject: Validate = async () => [{ path: 'horizon.lastYear', zh: '应不早于首年', en: 'must not be before the first year' }];

describe('parseJson', () => {
  it('reads JSON, with or without a byte-order mark', () => {
    expect(parseJson('{"a":1}')).toEqual({ ok: true, data: { a: 1 } });
    expect(parseJson('\uFEFF{"a":1}')).toEqual({ ok: true, data: { a: 1 } });
  });

  it('says the file is not JSON, in both languages, for the whole file', () => {
    const checked = parseJson('{"a":');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toHaveLength(1);
    expect(checked.errors[0].path).toBe('');
    expect(checked.errors[0].zh).toMatch(/^文件不是有效的 JSON/);
    expect(checked.errors[0].en).toMatch(/^The file is not valid JSON/);
  });

  it('says an empty file is empty', () => {
    const checked = parseJson('  \n');
    expect(checked.ok ? null : checked.errors[0].zh).toBe('文件是空的。');
  });
});

describe('checkImport', () => {
  it('passes valid data through', async () => {
    expect(await checkImport(`{"schemaVersion":${SCHEMA_VERSION},"name":"x"}`, accept)).toEqual({ ok: true, data: { schemaVersion: SCHEMA_VERSION, name: 'x' } });
  });

  it('returns the validator’s errors as they are', async () => {
    expect(await checkImport('{"name":"x"}', reject)).toEqual({ ok: false, errors: await reject(null) });
  });

  it('does not ask the validator about text that is not JSON', async () => {
    let asked = false;
    await checkImport('not json', async () => ((asked = true), []));
    expect(asked).toBe(false);
  });
});

describe('problemLine', () => {
  it('names the field in words, never its path, and the whole file when there is no path', () => {
    expect(problemLine({ path: 'horizon.lastYear', zh: '应不早于首年', en: 'must not be before the first year' }, 'zh')).toBe('规划期末年：应不早于首年');
    expect(problemLine({ path: 'plan.hiring.capacityPerYear', zh: '应为不小于 0 的整数', en: 'a whole number ≥ 0' }, 'en')).toBe('Hiring capacity per year: a whole number ≥ 0');
    expect(problemLine({ path: 'parameters["pay.cityShare"].values["2028-01-01"]', zh: '应为数', en: 'a number' }, 'zh', undefined, 'ruleSet.custom')).not.toMatch(/parameters|\[/);
    expect(problemLine({ path: '', zh: '文件是空的。', en: 'The file is empty.' }, 'en')).toBe('(whole file): The file is empty.');
    expect(problemLine({ path: '', zh: '文件是空的。', en: 'The file is empty.' }, 'zh')).toBe('（整个文件）：文件是空的。');
  });
});
