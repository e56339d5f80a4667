import { describe, expect, it } from 'vitest';
import { cityDisplayName, extractDivisions, type DivisionTables } from './extract';
import { DivisionsError, expandCity, readIndex } from './format';

/** Real rows from the 2023 tables, a few per level, enough to exercise every rule. */
function tables(): DivisionTables {
  return {
    provinces: [
      { code: '50', name: '重庆市' },
      { code: '11', name: '北京市' },
    ],
    cities: [
      { code: '1101', name: '市辖区', provinceCode: '11' },
      { code: '5001', name: '市辖区', provinceCode: '50' },
      { code: '5002', name: '县', provinceCode: '50' },
    ],
    areas: [
      { code: '110105', name: '朝阳区', cityCode: '1101', provinceCode: '11' },
      { code: '110101', name: '东城区', cityCode: '1101', provinceCode: '11' },
      { code: '500229', name: '城口县', cityCode: '5002', provinceCode: '50' },
    ],
    streets: [
      { code: '110101001', name: '东华门街道办事处', areaCode: '110101' },
      { code: '110105020', name: '首都机场街道', areaCode: '110105' },
      { code: '110105021', name: '南磨房地区', areaCode: '110105' },
      { code: '500229100', name: '葛城街道', areaCode: '500229' },
    ],
    villages: [
      { code: '110101001002', name: '银闸社区居委会', streetCode: '110101001' },
      { code: '110101001001', name: '多福巷社区居委会', streetCode: '110101001' },
      { code: '110105020001', name: '首都机场社区居委会', streetCode: '110105020' },
      { code: '110105020400', name: '机场工作区社区', streetCode: '110105020' },
      { code: '110105021500', name: '某股份经济合作社生活区', streetCode: '110105021' },
      { code: '500229100201', name: '南门村委会', streetCode: '500229100' },
    ],
  };
}

describe('extractDivisions', () => {
  const input = tables();
  const copy = structuredClone(input);
  const { index, cities } = extractDivisions(input, 'test');

  it('does not touch its input', () => expect(input).toEqual(copy));

  it('lists provinces and cities by code with the communities kept, leaving out cities with none', () => {
    expect(index).toEqual({
      format: 1,
      source: 'test',
      extractor: '',
      provinces: [
        { code: '11', name: '北京市', cities: [{ code: '1101', name: '北京市', communities: 3 }] },
        { code: '50', name: '重庆市', cities: [{ code: '5002', name: '重庆市（县）', communities: 1 }] },
      ],
    });
  });

  it('writes communities as last three digits + name, sorted, and counts the 400+ units per district', () => {
    expect(cities[0].districts).toEqual([
      ['110101', '东城区', [['110101001', '东华门街道', ['001多福巷社区', '002银闸社区']]], 0],
      // 南磨房地区 holds only a 500-unit: the street goes, its count stays with the district.
      ['110105', '朝阳区', [['110105020', '首都机场街道', ['001首都机场社区']]], 2],
    ]);
  });

  it('expands a city file back to full codes and kinds', () => {
    const city = expandCity(JSON.parse(JSON.stringify(cities[1])));
    expect(city.name).toBe('重庆市（县）');
    expect(city.districts[0].streets[0]).toEqual({
      code: '500229100',
      name: '葛城街道',
      kind: 'town',
      communities: [{ code: '500229100201', name: '南门村', unit: 'village' }],
    });
  });
});

describe('cityDisplayName', () => {
  it('names municipalities and directly administered counties by their province', () => {
    expect(cityDisplayName('市辖区', '北京市', 1)).toBe('北京市');
    expect(cityDisplayName('市辖区', '重庆市', 2)).toBe('重庆市（市辖区）');
    expect(cityDisplayName('省直辖县级行政区划', '河南省', 1)).toBe('河南省直辖县级行政区划');
    expect(cityDisplayName('自治区直辖县级行政区划', '新疆维吾尔自治区', 1)).toBe('新疆维吾尔自治区直辖县级行政区划');
    expect(cityDisplayName('南京市', '江苏省', 0)).toBe('南京市');
  });
});

describe('reading damaged files', () => {
  const cases: { name: string; file: unknown }[] = [
    { name: 'not an object', file: null },
    { name: 'another format', file: { format: 2, code: '3201', name: '南京市', province: '江苏省', districts: [] } },
    { name: 'a bad street code', file: { format: 1, code: '3201', name: '南京市', province: '江苏省', districts: [['320102', '玄武区', [['3201', 'x', []]], 0]] } },
    { name: 'a 400+ community', file: { format: 1, code: '3201', name: '南京市', province: '江苏省', districts: [['320102', '玄武区', [['320102002', 'x', ['400y']]], 0]] } },
  ];
  for (const c of cases) {
    it(`${c.name}: a bilingual error`, () => {
      try {
        expandCity(c.file);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(DivisionsError);
        expect((error as DivisionsError).zh).toMatch(/区划数据文件有误/);
        expect((error as DivisionsError).en).toMatch(/damaged/);
      }
    });
  }

  it('checks the index', () => {
    expect(() => readIndex({ format: 1, provinces: [{ code: 11 }] })).toThrow(DivisionsError);
    expect(readIndex({ format: 1, source: 's', provinces: [] }).provinces).toEqual([]);
  });
});
