/**
 * The worked example scenarios/qinghu-2026-2030.json, run through the CLI: a fictional city on its own
 * rule set QH2026, carried in the file — one worker per 250 households, at least 4 (QH2026-6), and pay
 * split 5:5 (QH2026-14), changed to 6:4 from 2028 by a later notice (QH2027-2) as a dated value of the
 * set itself. Every figure below is worked from the file by hand.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine/scenario';
import { EXIT, main, type Io } from './simulate';

const FILE = fileURLToPath(new URL('../../scenarios/qinghu-2026-2030.json', import.meta.url));

function run(): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t) };
  return { code: main([FILE], io), out, err };
}

interface Funding {
  year: number;
  payer: string;
  spent: number;
  shortfall: number;
  items: Record<string, number>;
}

describe('worked example: 青湖市 (Qinghu), a fictional city', () => {
  const { code, out, err } = run();
  const summary = JSON.parse(out);
  const funding = (year: number, payer: string) => (summary.funding as Funding[]).find((f) => f.year === year && f.payer === payer)!;
  const verdict = (id: string) => summary.verdicts.find((v: { targetId: string }) => v.targetId === id);

  it('runs cleanly', () => {
    expect(err).toBe('');
    expect(code).toBe(EXIT.ok);
  });

  it('carries its own rule set, with the 2028 change dated in the set and no overrides', () => {
    const { ruleSet } = JSON.parse(readFileSync(FILE, 'utf8')) as Scenario;
    expect(summary.ruleSet).toBe('QH2026');
    expect(ruleSet.id).toBe('QH2026');
    expect(ruleSet.custom?.id).toBe('QH2026');
    // the 2027/2028 boundary is the set's own: nothing in the file overrides it
    expect(ruleSet.overrides).toBeUndefined();
    expect(ruleSet.districtOverrides).toBeUndefined();
    const share = ruleSet.custom?.parameters['pay.cityShare'];
    expect(share?.values).toEqual({ '2026-01-01': 0.5, '2028-01-01': 0.6 });
    expect(share?.reference).toEqual([
      { doc: 'QH2026', rule: 'QH2026-14' },
      { doc: 'QH2027', rule: 'QH2027-2' },
    ]);
    // the later notice that dates the change is one of the documents the file carries
    const notice = ruleSet.custom?.documents.find((d) => d.id === 'QH2027');
    expect(notice?.date).toBe('2027-09-15');
    expect(notice?.clauses.map((c) => c.id)).toEqual(['QH2027-2']);
    expect(ruleSet.custom?.parameters['staffing.householdsPerWorker']?.values).toEqual({ '2026-01-01': 250 });
    expect(ruleSet.custom?.parameters['staffing.minPerCommunity']?.values).toEqual({ '2026-01-01': 4 });
  });

  it('cites its own clauses in its targets, each one a clause the file carries', () => {
    const { ruleSet, targets } = JSON.parse(readFileSync(FILE, 'utf8')) as Scenario;
    const carried = new Set(ruleSet.custom?.documents.flatMap((d) => d.clauses.map((c) => c.id)));
    expect(targets.find((t) => t.id === 'staff-2027')?.rule).toBe('QH2026-6');
    for (const t of targets) if (t.rule) expect(carried.has(t.rule)).toBe(true);
  });

  it('requires 72 workers: ⌈households / 250⌉, at least 4, over ten communities', () => {
    // 2600→11, 1800→8, 900→4, 600→max(4,3)=4, 3100→13, 2000→8, 1250→5, 750→max(4,3)=4, 2250→9, 1500→6: 72
    // (NJ2007-15's 300 and 6 would give 9+6+6+6+11+7+6+6+8+6 = 71)
    expect(summary.totals.map((t: { staffRequired: number }) => t.staffRequired)).toEqual([72, 72, 72, 72, 72]);
    // 60 in post, 6 hires a year, nobody leaves: 66 in 2026, 72 from 2027
    expect(summary.totals.map((t: { inPost: number }) => t.inPost)).toEqual([66, 72, 72, 72, 72]);
  });

  it('pays 5:5 until 2027 and 6:4 from 2028, as the rule set dates it', () => {
    // pay = workers (after the year's hires) × 100,000; working funds QH2026-15: 25,000 city, 65,000 district per community;
    // retired directors' allowance QH2026-16: 1 per community × 18,000 × 10 communities = 180,000 a year, district
    // 2026: 66 × 100,000 × 0.5 = 3,300,000 each; city 3,300,000 + 250,000 = 3,550,000,
    // district 3,300,000 + 650,000 + 180,000 = 4,130,000 against 4,000,000: 130,000 short
    expect(funding(2026, 'city').items.staffPay).toBeCloseTo(3_300_000, 4);
    expect(funding(2026, 'city').spent).toBeCloseTo(3_550_000, 4);
    expect(funding(2026, 'district').items.retiredDirectorAllowance).toBeCloseTo(180_000, 4);
    expect(funding(2026, 'district').spent).toBeCloseTo(4_130_000, 4);
    expect(funding(2026, 'district').shortfall).toBeCloseTo(130_000, 4);
    // 2027: 72 × 100,000 × 0.5 = 3,600,000 each; district 3,600,000 + 650,000 + 180,000 = 4,430,000 against 4,000,000: 430,000 short
    expect(funding(2027, 'city').items.staffPay).toBeCloseTo(3_600_000, 4);
    expect(funding(2027, 'district').shortfall).toBeCloseTo(430_000, 4);
    // 2028: city 72 × 100,000 × 0.6 = 4,320,000 (+ 250,000 = 4,570,000);
    // district 72 × 100,000 × 0.4 = 2,880,000 (+ 650,000 + 180,000 = 3,710,000)
    expect(funding(2028, 'city').items.staffPay).toBeCloseTo(4_320_000, 4);
    expect(funding(2028, 'city').spent).toBeCloseTo(4_570_000, 4);
    expect(funding(2028, 'district').spent).toBeCloseTo(3_710_000, 4);
  });

  it('gives the verdicts worked by hand', () => {
    // staffed by 2027 (6 short in 2026)
    expect(verdict('staff-2027')).toMatchObject({ met: true, value: 0, firstYearMet: 2027 });
    // the reform puts the city 4,570,000 − 4,000,000 = 570,000 over its 2028 budget
    expect(verdict('city-2028')).toMatchObject({ met: false, value: 570_000, shortfall: 570_000, binding: { kind: 'budget', payer: 'city', year: 2028 } });
    // and relieves the district: 3,710,000 within 4,000,000, the first year it is (130,000 short in 2026, 430,000 in 2027)
    expect(verdict('district-2028')).toMatchObject({ met: true, value: 0, firstYearMet: 2028 });
  });
});
