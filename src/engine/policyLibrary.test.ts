/**
 * Code health of the policy library: every rule-set file on disk is read and checked against the
 * parameter registry and the clause list, so a typo in a key, unit, date or citation fails here
 * rather than silently dropping a rule in the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isParamKey, PARAMS } from './params';
import type { Parameter, RuleSet } from './ruleSet';
import { DOCUMENTS, documentById, RULES, RULE_SET_IDS, RULE_SETS, ruleById } from './policyLibrary';

const RULESET_DIR = fileURLToPath(new URL('../../scenarios/rulesets/', import.meta.url));
const files = readdirSync(RULESET_DIR).filter((name) => name.endsWith('.json'));
const fromDisk: [string, RuleSet][] = files.map((name) => [
  name,
  JSON.parse(readFileSync(RULESET_DIR + name, 'utf8')) as RuleSet,
]);

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  // round-trip rejects 2010-02-30 and the like
  return new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
}

function hasText(t: { zh: string; en: string } | undefined): boolean {
  return !!t && t.zh.trim() !== '' && t.en.trim() !== '';
}

describe('documents and rules', () => {
  it('document ids are unique, titled and validly dated', () => {
    const ids = DOCUMENTS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const doc of DOCUMENTS) {
      expect(doc.title.trim(), doc.id).not.toBe('');
      expect(doc.titleEn.trim(), doc.id).not.toBe('');
      expect(doc.issuer.trim(), doc.id).not.toBe('');
      expect(hasText(doc.status), doc.id).toBe(true);
      if (doc.date !== undefined) expect(isIsoDate(doc.date), `${doc.id} date ${doc.date}`).toBe(true);
    }
  });

  it('rule ids are unique and each names an existing document', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(documentById(rule.doc), `${rule.id} cites ${rule.doc}`).toBeDefined();
      expect(rule.id.startsWith(`${rule.doc}-`), `${rule.id} belongs to ${rule.doc}`).toBe(true);
      expect(rule.text.trim(), rule.id).not.toBe('');
      expect(rule.gloss.trim(), rule.id).not.toBe('');
    }
  });
});

describe('rule-set files', () => {
  it('every file is registered in the library under its file name', () => {
    expect([...RULE_SET_IDS].sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    for (const [name, set] of fromDisk) expect(set.id, name).toBe(name.replace(/\.json$/, ''));
  });

  it.each(fromDisk)('%s: header complete, documents exist', (name, set) => {
    expect(hasText(set.name), `${name} name`).toBe(true);
    expect(hasText(set.description), `${name} description`).toBe(true);
    expect(set.docs.length, `${name} docs`).toBeGreaterThan(0);
    for (const doc of set.docs) expect(documentById(doc), `${name} docs: ${doc}`).toBeDefined();
    expect(Object.keys(set.parameters).length, `${name} parameters`).toBeGreaterThan(0);
  });

  it.each(fromDisk)('%s: every parameter is registered, dated, in range and cited', (name, set) => {
    for (const [key, raw] of Object.entries(set.parameters)) {
      const where = `${name} ${key}`;
      expect(isParamKey(key), `${where}: not in PARAMS (src/engine/params.ts)`).toBe(true);
      if (!isParamKey(key)) continue;
      const p = raw as Parameter;

      expect(p.unit, `${where}: unit must be the registry's`).toBe(PARAMS[key].unit);
      expect(hasText(p.label), `${where}: label needs zh and en`).toBe(true);
      if (p.note) expect(hasText(p.note), `${where}: note needs zh and en`).toBe(true);

      const dates = Object.keys(p.values);
      expect(dates.length, `${where}: no values`).toBeGreaterThan(0);
      for (const date of dates) {
        expect(isIsoDate(date), `${where}: "${date}" is not YYYY-MM-DD`).toBe(true);
        const value = p.values[date];
        expect(Number.isFinite(value), `${where} ${date}`).toBe(true);
        if (p.range) {
          const [lo, hi] = p.range;
          expect(value, `${where} ${date}: below range`).toBeGreaterThanOrEqual(lo);
          expect(value, `${where} ${date}: above range`).toBeLessThanOrEqual(hi);
        }
        if (p.unit === 'share') expect(value >= 0 && value <= 1, `${where}: share is a fraction`).toBe(true);
        if (p.unit === 'flag') expect([0, 1], `${where}: flag is 0 or 1`).toContain(value);
        if (p.unit === 'year') expect(Number.isInteger(value), `${where}: whole year`).toBe(true);
      }
      if (p.range) expect(p.range.length === 2 && p.range[0] <= p.range[1], `${where}: range`).toBe(true);

      expect(p.reference.length, `${where}: no reference`).toBeGreaterThan(0);
      for (const ref of p.reference) {
        const rule = ruleById(ref.rule);
        expect(rule, `${where}: rule ${ref.rule} not in rules.json`).toBeDefined();
        expect(rule?.doc, `${where}: ${ref.rule} belongs to another document`).toBe(ref.doc);
        expect(set.docs, `${where}: cites ${ref.doc}, not among the rule set's docs`).toContain(ref.doc);
      }
    }
  });
});

/** The value in force on a date, as the engine reads it: the latest date not after it. */
function valueOn(set: string, key: string, date: string): number | undefined {
  const p = (RULE_SETS[set]?.parameters as Record<string, Parameter | undefined>)[key];
  if (!p) return undefined;
  const due = Object.keys(p.values).filter((d) => d <= date).sort();
  return due.length ? p.values[due[due.length - 1]] : undefined;
}

describe('values read from the texts', () => {
  // [rule set, key, year, expected, the clause it comes from]
  const cases: [string, string, number, number | undefined, string][] = [
    ['NJ2007', 'staffing.householdsPerWorker', 2008, 300, 'NJ2007-15: 每300户配备1人'],
    ['NJ2007', 'staffing.minPerCommunity', 2008, 6, 'NJ2007-15: 不得少于6人'],
    ['NJ2007', 'staffing.certifiedMinPerCommunity', 2009, undefined, 'NJ2007-16: due by 2010, not yet in 2009'],
    ['NJ2007', 'staffing.certifiedMinPerCommunity', 2010, 1, 'NJ2007-16: 至少一名持证社工'],
    ['NJ2007', 'space.minUrbanExisting', 2007, undefined, 'NJ2007-18a: due in 2008'],
    ['NJ2007', 'space.minUrbanExisting', 2008, 300, 'NJ2007-18a: 2008年达到300平方米'],
    ['NJ2007', 'space.perHundredHouseholds', 2010, 20, 'NJ2007-18b: 每百户20平方米'],
    ['NJ2007', 'space.minRural', 2009, undefined, 'NJ2007-18e names no year: due at the end of 十一五, not from issue'],
    ['NJ2007', 'space.minRural', 2010, 600, 'NJ2007-18e: 村委会不少于600平方米, by end 2010'],
    ['NJ2007', 'space.streetCentreMin', 2009, undefined, 'NJ2007-18c names no year: due at the end of 十一五'],
    ['NJ2007', 'space.streetCentreHigh', 2010, 3000, 'NJ2007-18c: 超过3000平方米, by end 2010'],
    ['NJ2007', 'space.districtCentreMin', 2009, undefined, 'NJ2007-18d names no year: due at the end of 十一五'],
    ['NJ2007', 'space.districtCentreMin', 2010, 5000, 'NJ2007-18d: 5000平方米以上, by end 2010'],
    ['NJ2007', 'space.publicBenefitShareMin', 2010, 2 / 3, 'NJ2007-19: 2/3以上的面积用于公益性服务'],
    ['NJ2007', 'staffing.minPerRuralCommunity', 2008, 0, 'NJ2007-15: the 6 are committee and station staff, urban only'],
    ['NJ2007', 'space.perHundredHouseholdsRural', 2010, undefined, 'NJ2007-18b is for residents’ committees, not villages'],
    ['GOV2020', 'space.perHundredHouseholdsRural', 2020, 30, 'GOV2020-4: 均不低于每百户30平方米'],
    ['NT2011', 'space.perHundredHouseholdsRural', 2011, 20, 'NT2011-5c: 各城乡社区每百户20平方米'],
    ['NJ2007', 'funds.cityPerCommunity', 2008, 25000, 'NJ2007-21a: 2～3万元, mid-point'],
    ['NJ2007', 'reward.lastYear', 2008, 2008, 'NJ2007-21b: 2007年、2008年两年内'],
    ['NJ2007', 'pay.cityShare', 2010, undefined, 'NJ2007-17 names no city/district split'],
    ['GOV2020', 'staffing.householdsPerWorker', 2020, 350, 'GOV2020-3a: 300至400户, mid-point'],
    ['GOV2020', 'staffing.minPerCommunity', 2020, 5, 'GOV2020-3a: 不少于5人'],
    ['GOV2020', 'pay.cityShare', 2020, 0.5, 'GOV2020-3b: 5:5'],
    ['GOV2020', 'space.minUrbanNew', 2020, 500, 'GOV2020-4: 新建城市社区不低于500平方米'],
    ['GOV2020', 'space.perHundredHouseholds', 2020, 30, 'GOV2020-4: 每百户不低于30平方米'],
    ['GOV2020', 'community.establishOccupancy', 2020, 0.5, 'GOV2020-2b: 入住率达到50%'],
    ['YX2008', 'staffing.householdsPerWorker', 2009, 200, 'YX2008-5: 不低于每200户配1名'],
    ['YX2008', 'staffing.countCommitteeMembers', 2009, 1, 'YX2008-5: 三者总数'],
    ['CS2010', 'staffing.householdsPerWorker', 2010, undefined, 'CS2010-6b gives no households ratio'],
    ['CS2010', 'staffing.streetPostsClass1', 2010, 7, 'CS2010-6a: 一类及以上7名'],
    ['CS2010', 'staffing.streetPostsClass3', 2010, 5, 'CS2010-6a: 三类5名'],
    ['CS2010', 'pay.cityPerWorker', 2010, 10000, 'CS2010-7c-2: 每人每年1万元'],
    ['CS2010', 'pay.districtPerWorker', 2010, 12000, 'CS2010-7c-3: 每人每月不低于1000元 × 12'],
    ['NT2011', 'space.perHundredHouseholds', 2011, 20, 'NT2011-5c: 2011年底前每百户20平方米'],
    ['NT2011', 'space.districtCentreMin', 2012, 3000, 'NT2011-5a: 不少于3000平方米'],
    ['NT2011', 'elderly.stationShareUrban', 2010, undefined, 'NT2011-4: due by end 2011'],
    ['NT2011', 'elderly.stationShareUrban', 2011, 1, 'NT2011-4: 城市社区全覆盖'],
    ['NT2011', 'elderly.stationShareRural', 2011, 0.6, 'NT2011-4: 农村社区覆盖面达60%以上'],
    ['NT2011', 'elderly.dayCarePoints', 2011, undefined, 'NT2011-4c: due in 2012'],
    ['NT2011', 'elderly.dayCarePoints', 2012, 30, 'NT2011-4c: 日托站30个'],
    ['NT2011', 'elderly.mealPoints', 2012, 30, 'NT2011-4c: 就餐点30个'],
    ['NT2011', 'elderly.rehabPoints', 2013, 10, 'NT2011-4c: 康复点10个'],
    ['QY', 'funds.streetPerHousehold', 2010, 10, 'QY-17: 每户10元/年'],
    ['QY', 'community.sizeBandLow', 2010, 1000, 'QY-4: 一般以1000—3000户为宜, the lower end'],
    ['QY', 'community.sizeBandHigh', 2010, 3000, 'QY-4: the upper end'],
    ['GOV2020', 'community.sizeBandLow', 2020, undefined, 'GOV2020-2a: 一般不超过3000户, a ceiling only'],
    ['GOV2020', 'community.sizeBandHigh', 2020, 3000, 'GOV2020-2a: 不超过3000户'],
    ['GOV2020', 'community.sizeBandNewOnly', 2020, 1, 'GOV2020-2a: 设立 — when a committee is set up'],
    ['NJ2007', 'community.averageHouseholds', 2008, 2500, 'NJ2007-2: 平均规模保持在2500户左右'],
    ['QY', 'funds.streetPerNewHousehold', 2010, 300, 'QY-8: 每户每年不少于300元'],
  ];

  it.each(cases)('%s %s in %i is %s (%s)', (set, key, year, expected) => {
    expect(valueOn(set, key, `${year}-12-31`)).toBe(expected);
  });

  it('ranges follow the texts in yuan', () => {
    expect(RULE_SETS.NJ2007.parameters['funds.cityPerCommunity']?.range).toEqual([20000, 30000]); // NJ2007-21a 2～3万
    expect(RULE_SETS.NJ2007.parameters['funds.districtPerCommunity']?.range).toEqual([50000, 80000]); // NJ2007-22 5～8万
    expect(RULE_SETS.NJ2007.parameters['reward.amount']?.range).toEqual([80000, 100000]); // NJ2007-21b 8～10万
    expect(RULE_SETS.GOV2020.parameters['staffing.householdsPerWorker']?.range).toEqual([300, 400]); // GOV2020-3a
  });
});
