import { describe, expect, it } from 'vitest';
import { communityName, communityUnit, streetKind, streetName } from './codes';
import { parseCsv, splitCsvLine } from './csvRows';

describe('communityUnit: the last three digits of a 12-digit code (NBS 2023)', () => {
  const cases = [
    { name: 'first residents’ committee', code: '110101001001', expected: 'residents' },
    { name: 'last residents’ committee number', code: '110101001199', expected: 'residents' },
    { name: 'first village committee', code: '130111200201', expected: 'village' },
    { name: 'a 嘎查', code: '152527201206', expected: 'village' },
    { name: 'last village committee number', code: '130111200399', expected: 'village' },
    { name: 'virtual community (机场工作区社区)', code: '110105020400', expected: 'virtual' },
    { name: 'like a village committee (生活区)', code: '110108023500', expected: 'virtual' },
    { name: 'a county without data (金门县)', code: '350527000000', expected: null },
    { name: 'too short', code: '11010100100', expected: null },
    { name: 'not digits', code: '11010100100x', expected: null },
  ] as const;
  for (const c of cases) it(c.name, () => expect(communityUnit(c.code)).toBe(c.expected));
});

describe('streetKind: digits 7–9 of a 9-digit street code', () => {
  const cases = [
    { code: '110101001', expected: 'subdistrict' }, // 东华门街道
    { code: '140121102', expected: 'town' }, // 东于镇
    { code: '130111200', expected: 'township' }, // 南高乡
    { code: '152527201', expected: 'township' }, // 贡宝拉格苏木
    { code: '110115403', expected: 'special' }, // 北京经济技术开发区
    { code: '350527000', expected: null },
    { code: '1101010', expected: null },
  ] as const;
  for (const c of cases) it(`${c.code} → ${c.expected}`, () => expect(streetKind(c.code)).toBe(c.expected));
});

describe('communityName: the committee’s registered name to the community’s', () => {
  const cases = [
    ['多福巷社区居委会', '多福巷社区'],
    ['梅园新村社区居民委员会', '梅园新村社区'],
    ['新华居委会', '新华社区'],
    ['南高村委会', '南高村'],
    ['李家村村委会', '李家村'],
    ['王庄村民委员会', '王庄村'],
    ['敦达乌苏嘎查村民委员会', '敦达乌苏嘎查'],
    ['横塘社区', '横塘社区'],
    ['敦达乌苏嘎查', '敦达乌苏嘎查'],
    [' 东厂社区居委会 ', '东厂社区'],
  ] as const;
  for (const [registered, expected] of cases) it(`${registered.trim()} → ${expected}`, () => expect(communityName(registered)).toBe(expected));

  it('drops 办事处 from a street office’s name only', () => {
    expect(streetName('漓东街道办事处')).toBe('漓东街道');
    expect(streetName('东华门街道')).toBe('东华门街道');
    expect(streetName('东于镇')).toBe('东于镇');
  });
});

describe('CSV rows', () => {
  it('splits quoted fields, commas and doubled quotes', () => {
    expect(splitCsvLine('110101001001,"多福巷社区居委会",110101001')).toEqual(['110101001001', '多福巷社区居委会', '110101001']);
    expect(splitCsvLine('1,"a, b","say ""hi""",')).toEqual(['1', 'a, b', 'say "hi"', '']);
  });

  it('keys rows by the header and skips blank lines', () => {
    expect(parseCsv('\uFEFFcode,name\r\n11,"北京市"\r\n\r\n12,"天津市"\n')).toEqual([
      { code: '11', name: '北京市' },
      { code: '12', name: '天津市' },
    ]);
  });
});
