import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoScenario } from '../fixtures/demo/demoScenario';
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
    expect(lines[8].startsWith('staff-2030,')).toBe(true);
  });

  it('lists every validation error with its path and exits 2', () => {
    const broken = structuredClone(demo) as unknown as { city: { districts: { streets: { communities: { households: number }[] }[] }[] }; seed: number };
    broken.city.districts[1].streets[2].communities[3].households = -5;
    (broken as { seed: unknown }).seed = 'soon';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const { code, out, err } = run(file);
    expect(code).toBe(EXIT.badInput);
    expect(out).toBe('');
    expect(err).toContain('city.districts[1].streets[2].communities[3].households: ');
    expect(err).toMatch(/^seed: .+ \/ .+$/m);
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
