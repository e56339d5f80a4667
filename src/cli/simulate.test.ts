import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoScenario } from '../fixtures/demo/demoScenario';
import { ownRuleSetScenario } from '../fixtures/ownRuleSet';
import { community, tinyCity } from '../fixtures/tinyCity';
import { EXIT, main, type Io } from './simulate';

const dir = mkdtempSync(join(tmpdir(), 'shapan-simulate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const demo = demoScenario();
const good = join(dir, 'demo.json');
writeFileSync(good, JSON.stringify(demo));

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t) };
  const code = main(argv, io);
  return { code, out, err };
}

describe('simulate', () => {
  it('prints the summary as JSON with one verdict per target', () => {
    const { code, out, err } = run(good);
    expect(err).toBe('');
    expect(code).toBe(EXIT.ok);
    const summary = JSON.parse(out);
    expect(summary.verdicts).toHaveLength(demo.targets.length);
    expect(summary.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(summary.totals).toHaveLength(5);
    expect(summary.funding).toHaveLength(15);
  });

  it('reports workers required as GOV2020-3a counts them: the district quota', () => {
    // As shipped (1:350, at least 5 per urban community, one quota per district): 2,000 → 5.714, 2,100 → 6,
    // 1,850 → 5.286, the village none. ⌈17⌉ = 17, where counting per community would give 6 + 6 + 6 = 18.
    const s = tinyCity(
      [
        community({ id: 'A', households: 2000 }),
        community({ id: 'B', households: 2100 }),
        community({ id: 'C', households: 1850 }),
        community({ id: 'V', households: 1400, kind: 'rural' }),
      ],
      { horizon: { baseYear: 2025, firstYear: 2026, lastYear: 2026 } },
    );
    const file = join(dir, 'quota.json');
    writeFileSync(file, JSON.stringify(s));
    const { code, out } = run(file);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out).totals[0]).toMatchObject({ staffQuotaLevel: 'district', staffRequired: 17, staffGap: 17 });
  });

  it('writes CSV with a byte-order mark, a year table and a verdict table', () => {
    const file = join(dir, 'out.csv');
    const { code, out } = run(good, '--format', 'csv', '--out', file);
    expect(code).toBe(EXIT.ok);
    expect(out).toBe('');
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF年份 year,')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    // header + 5 years, a blank line, header + one row per target, and the final line end
    expect(lines).toHaveLength(1 + 5 + 1 + 1 + demo.targets.length + 1);
    expect(lines[6]).toBe('');
    expect(lines[8].startsWith('staff-2027,')).toBe(true);
  });

  it('lists every validation error, the field in words with its JSON path, and exits 2', () => {
    const broken = structuredClone(demo) as unknown as { city: { districts: { streets: { communities: { households: number }[] }[] }[] }; seed: number };
    broken.city.districts[1].streets[2].communities[3].households = -5;
    (broken as { seed: unknown }).seed = 'soon';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const { code, out, err } = run(file);
    expect(code).toBe(EXIT.badInput);
    expect(out).toBe('');
    expect(err).toContain('第 2 个区（县） › 第 3 个街道（乡镇） › 第 4 个社区 › 基准年户数 / District no. 2 › Street no. 3 › Community no. 4 › households in the base year [city.districts[1].streets[2].communities[3].households]: ');
    expect(err).toMatch(/^随机数种子 \/ Random seed \[seed\]: .+ \/ .+$/m);
  });

  it('says so and exits 2 when the file is missing or not JSON', () => {
    const missing = run(join(dir, 'nope.json'));
    expect(missing.code).toBe(EXIT.badInput);
    expect(missing.err).toMatch(/cannot read/);
    const file = join(dir, 'notjson.json');
    writeFileSync(file, '{ "schemaVersion": 1,');
    const bad = run(file);
    expect(bad.code).toBe(EXIT.badInput);
    expect(bad.err).toMatch(/not valid JSON/);
  });

  it('reads a file that starts with a byte-order mark', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(demo)}`);
    expect(run(file).code).toBe(EXIT.ok);
  });

  it('reads a scenario saved in GBK (GB 18030) and says which encoding it used', () => {
    // "南京" in GB 18030 is C4 CF BE A9: not valid UTF-8, so a UTF-8 read would turn it into "����".
    const named = { ...demo, name: '南京' };
    const file = join(dir, 'gbk.json');
    // Every other character as a \uXXXX escape, so the file is ASCII but for the GB 18030 bytes of the name.
    const text = JSON.stringify(named).replace('"南京"', '"@@"').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const [before, after] = text.split('@@');
    writeFileSync(file, Buffer.concat([Buffer.from(before), Buffer.from([0xc4, 0xcf, 0xbe, 0xa9]), Buffer.from(after)]));
    const { code, out, err } = run(file);
    expect(code).toBe(EXIT.ok);
    expect(err).toMatch(/GB 18030.* \/ .*GB 18030/);
    expect(JSON.parse(out).scenario).toBe('南京');
  });

  it('refuses bytes that are neither UTF-8 nor GB 18030, in both languages, exit 2', () => {
    const file = join(dir, 'binary.json');
    // 0xFF never occurs in UTF-8, and GB 18030 uses it for no character either.
    writeFileSync(file, Buffer.from([0x7b, 0xff, 0x7d]));
    const { code, err } = run(file);
    expect(code).toBe(EXIT.badInput);
    expect(err).toMatch(/UTF-8.* \/ .*UTF-8/);
  });

  it('refuses --out naming the input file, by any path to it, and leaves the file alone (exit 64)', () => {
    const file = join(dir, 'keep.json');
    const original = JSON.stringify(demo);
    writeFileSync(file, original);
    for (const out of [file, join(dir, '.', '..', dir.split('/').pop()!, 'keep.json')]) {
      const { code, err } = run(file, '--out', out);
      expect(code).toBe(EXIT.usage);
      expect(err).toMatch(/--out .+ \/ --out .+input/);
    }
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it.each([
    ['no file', []],
    ['two files', [good, good]],
    ['an unknown format', [good, '--format', 'xml']],
    ['an unknown option', [good, '--verbose']],
  ])('prints the usage and exits 64 for %s', (_name, argv) => {
    const { code, err } = run(...argv);
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('usage: npm run simulate');
  });

  it('prints the usage to stdout for --help', () => {
    const { code, out } = run('--help');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('--format');
  });
});

describe('simulate a scenario that carries its own rule set', () => {
  it('runs it from the file alone: ⌈1100/250⌉ = 5 and max(4, ⌈600/250⌉ = 3) = 4 → 9 workers (XC2027-3)', () => {
    const file = join(dir, 'own-rules.json');
    writeFileSync(file, JSON.stringify(ownRuleSetScenario()));
    const { code, out, err } = run(file);
    expect(err).toBe('');
    expect(code).toBe(EXIT.ok);
    const summary = JSON.parse(out);
    expect(summary.ruleSet).toBe('XC2027');
    expect(summary.totals.map((t: { staffRequired: number }) => t.staffRequired)).toEqual([9, 9, 9]);
    // 9 × 100,000 yuan × 0.6 to the city (XC2027-7)
    expect(summary.funding.find((f: { payer: string; year: number }) => f.payer === 'city' && f.year === 2028).spent).toBe(540000);
  });

  it('names the path of a broken clause reference in both languages', () => {
    const broken = ownRuleSetScenario();
    broken.ruleSet.custom!.parameters['pay.cityShare']!.reference[0].rule = 'XC2027-99';
    const file = join(dir, 'own-rules-broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const { code, err } = run(file);
    expect(code).toBe(EXIT.badInput);
    expect(err).toContain('[ruleSet.custom.parameters["pay.cityShare"].reference[0].rule]: 引用的条款“XC2027-99”不在文件“XC2027”中');
    expect(err).toContain('/ cites clause "XC2027-99", which is not in document "XC2027"');
  });
});
