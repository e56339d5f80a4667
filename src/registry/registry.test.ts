import { describe, expect, it } from 'vitest';
import costFile from '../../scenarios/facilityCosts.json';
import glossary from './glossary.json';
import {
  COMMUNITY_KIND_NAME,
  COMMUNITY_KINDS,
  COST_ITEMS,
  COST_ITEM_NAME,
  COVERAGE_KEYS,
  FACILITY_COST_ESTIMATE,
  FACILITY_TYPE_NAME,
  FACILITY_TYPES,
  LEVEL,
  LEVEL_NAME,
  METRIC_IDS,
  METRIC_NAME,
  PARAM_UNITS,
  PAYER_NAME,
  PAYER_SHORT_NAME,
  PAYERS,
  payerAt,
  UNCERTAIN_INPUT_NAME,
  UNCERTAIN_INPUTS,
  shownInWan,
  UNIT_NAME,
  UNITS,
  wanDecimals,
  wanToYuan,
  yuanToWan,
  type Name,
} from '.';
import { DEFINITION, glossaryEntries, TERM_NAME, TERMS } from './terms';

describe('万元', () => {
  it.each([
    { name: 'a district budget of 450,203,500 yuan = 45,020.35 万: whole 万', wan: 45_020.35, expected: 0 },
    { name: 'exactly 100 万 is already whole', wan: 100, expected: 0 },
    { name: '99.99 万 keeps two places', wan: 99.99, expected: 2 },
    { name: '100 yuan = 0.01 万 still two places', wan: 0.01, expected: 2 },
    { name: '1 yuan = 0.0001 万: four, so it does not read as 0', wan: 0.0001, expected: 4 },
    { name: 'zero: two places ("0")', wan: 0, expected: 2 },
    { name: 'a cut of 3,120,000 yuan = −312 万 rounds by its size', wan: -312, expected: 0 },
  ])('$name', ({ wan, expected }) => expect(wanDecimals(wan)).toBe(expected));

  it('converts at 10,000 yuan a 万 both ways (NJ2007-21a: 25,000 yuan = 2.5 万)', () => {
    expect(yuanToWan(25_000)).toBe(2.5);
    expect(wanToYuan(2.5)).toBe(25_000);
  });

  it('shows money per m² in 元, other money in 万', () => {
    expect(shownInWan('yuanPerM2')).toBe(false);
    expect(shownInWan('yuanPerCommunity')).toBe(true);
    expect(shownInWan('m2')).toBe(false);
  });
});

const TABLES: [string, Record<string, Name>][] = [
  ['payers', PAYER_NAME],
  ['payers, short', PAYER_SHORT_NAME],
  ['levels', LEVEL_NAME],
  ['community kinds', COMMUNITY_KIND_NAME],
  ['facility types', FACILITY_TYPE_NAME],
  ['cost items', COST_ITEM_NAME],
  ['metrics', METRIC_NAME],
  ['uncertain inputs', UNCERTAIN_INPUT_NAME],
  ['terms', TERM_NAME],
];

// Each glossary table has a name for every code of its concept and nothing else (the types check
// that none is missing; only this checks that none is left over from a code since removed).
const GLOSSARY_CODES: [keyof typeof glossary, readonly string[]][] = [
  ['unit', UNITS],
  ['payer', PAYERS],
  ['payerShort', PAYERS],
  ['level', Object.keys(LEVEL)],
  ['communityKind', COMMUNITY_KINDS],
  ['facilityType', COVERAGE_KEYS],
  ['costItem', COST_ITEMS],
  ['metric', METRIC_IDS],
  ['uncertainInput', UNCERTAIN_INPUTS],
  ['term', TERMS],
];

describe('payers', () => {
  it('are each at their position in PAYERS: city 0, district 1, street 2', () => {
    expect(PAYERS.map(payerAt)).toEqual([0, 1, 2]);
    expect(PAYERS).toEqual(['city', 'district', 'street']);
  });
});

describe('names', () => {
  it.each(TABLES)('%s: every name is given and no two share one, in either language', (_, table) => {
    for (const lang of ['zh', 'en'] as const) {
      const names = Object.values(table).map((n) => n[lang]);
      for (const n of names) expect(n.trim()).not.toBe('');
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it.each(GLOSSARY_CODES)('glossary.json %s: exactly the codes, each named in both languages', (concept, codes) => {
    const table: Record<string, Name> = glossary[concept];
    expect(Object.keys(table).sort()).toEqual([...codes].sort());
    for (const name of Object.values(table)) expect(typeof name.zh === 'string' && typeof name.en === 'string').toBe(true);
  });

  it('names the coverage keys exactly: the seven types and all5', () => {
    expect([...COVERAGE_KEYS].sort()).toEqual(Object.keys(FACILITY_TYPE_NAME).sort());
    expect(COVERAGE_KEYS).toEqual([...FACILITY_TYPES, 'all5']);
  });

  it('names every unit, and the parameter units are among them', () => {
    expect(Object.keys(UNIT_NAME).sort()).toEqual([...UNITS].sort());
    for (const unit of UNITS) expect(UNIT_NAME[unit].zh).not.toBe('');
    for (const unit of PARAM_UNITS) expect(UNITS).toContain(unit);
  });
});

describe('facility cost estimates (scenarios/facilityCosts.json)', () => {
  it('says its unit is yuan, as every amount the engine keeps', () => expect(costFile.unit).toBe('yuan'));

  it('prices every facility type, capital above a year of running costs', () => {
    expect(Object.keys(FACILITY_COST_ESTIMATE).sort()).toEqual([...FACILITY_TYPES].sort());
    for (const type of FACILITY_TYPES) expect(FACILITY_COST_ESTIMATE[type].capital).toBeGreaterThan(FACILITY_COST_ESTIMATE[type].running);
  });

  it.each([
    { type: 'service', m2: 600, expected: 3_000_000 }, // 600 m² × 5,000 yuan/m² (embedded-facility guide's minimum)
    { type: 'market', m2: 600, expected: 3_000_000 }, // 600 m² × 5,000
    { type: 'culture', m2: 800, expected: 4_000_000 }, // 800 m² × 5,000
  ] as const)('$type: $m2 m² at 5,000 yuan a m²', ({ type, m2, expected }) => {
    expect(m2 * 5_000).toBe(expected);
    expect(FACILITY_COST_ESTIMATE[type].capital).toBe(expected);
  });
});

describe("the guide's glossary", () => {
  it('defines every entry it lists, in both languages', () => {
    const undefinedEntries = glossaryEntries().filter((e) => !e.definition?.zh.trim() || !e.definition.en.trim());
    expect(undefinedEntries.map((e) => `${e.table}.${e.code}`)).toEqual([]);
  });

  it('has no definition of an entry it does not list', () => {
    const listed = new Set(glossaryEntries().map((e) => `${e.table}.${e.code}`));
    expect(Object.keys(DEFINITION).filter((key) => !listed.has(key))).toEqual([]);
  });
});
