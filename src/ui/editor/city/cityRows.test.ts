import { describe, expect, it } from 'vitest';
import { cityRows, countCommunities, districtTotals, liveFilter, nextSort, totalsOf, type CityFilter } from './cityRows';
import { testScenario } from './cityFixture';

const ALL: CityFilter = { district: '', street: '', query: '' };
const shape = (rows: ReturnType<typeof cityRows>['rows']) =>
  rows.map((r) => (r.type === 'community' ? r.community.id : `${r.type}:${r.type === 'district' ? r.district.id : r.street.id}`));

describe('totals', () => {
  const city = testScenario().city;
  it('add up a street', () => {
    // households 2,619 + 2,865 = 5,484; residents 6,895 + 8,240 = 15,135; staff 6 + 8 = 14; space 660 + 480 = 1,140
    expect(totalsOf(city.districts[0].streets[0].communities)).toEqual({ communities: 2, households: 5484, residents: 15135, inPost: 14, space: 1140 });
  });
  it('add up a district over its streets', () => {
    // street 1 as above plus 华圩社区 (500 households, 2,500 residents, 5 staff, 300 m²)
    expect(districtTotals(city.districts[0])).toEqual({ communities: 3, households: 5984, residents: 17635, inPost: 19, space: 1440 });
  });
  it('an empty street totals zero', () => expect(totalsOf([])).toEqual({ communities: 0, households: 0, residents: 0, inPost: 0, space: 0 }));
  it('leave out a cell that holds text while it is being fixed', () => {
    const communities = city.districts[0].streets[0].communities.map((c, i) => (i === 0 ? { ...c, households: 'abc' as unknown as number } : c));
    expect(totalsOf(communities).households).toBe(2865);
  });
  it('count every community', () => expect(countCommunities(city)).toBe(4));
});

describe('cityRows', () => {
  const city = testScenario().city;
  it('lists districts, streets and communities in the city’s order, empty streets included', () => {
    const { rows, total, shown } = cityRows(city, ALL, null);
    expect(shape(rows)).toEqual([
      'district:D01',
      'street:D01-S01',
      'D01-S01-C001',
      'D01-S01-C002',
      'street:D01-S02',
      'D01-S02-C001',
      'district:D02',
      'street:D02-S01',
      'D02-S01-C001',
      'street:D02-S02',
    ]);
    expect([total, shown]).toEqual([4, 4]);
  });
  it('keys rows by position, so duplicate ids cannot clash', () => {
    const keys = cityRows(city, ALL, null).rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('filters by district', () => {
    const { rows, shown } = cityRows(city, { ...ALL, district: 'D02' }, null);
    expect(shape(rows)).toEqual(['district:D02', 'street:D02-S01', 'D02-S01-C001', 'street:D02-S02']);
    expect(shown).toBe(1);
  });
  it('filters by street', () => {
    expect(shape(cityRows(city, { ...ALL, street: 'D01-S02' }, null).rows)).toEqual(['district:D01', 'street:D01-S02', 'D01-S02-C001']);
  });
  it('searches names and ids, hiding groups without a hit', () => {
    const byName = cityRows(city, { ...ALL, query: ' 西坝 ' }, null);
    expect(shape(byName.rows)).toEqual(['district:D01', 'street:D01-S01', 'D01-S01-C002']);
    expect(byName.shown).toBe(1);
    expect(shape(cityRows(city, { ...ALL, query: 'd02-s01-c' }, null).rows)).toEqual(['district:D02', 'street:D02-S01', 'D02-S01-C001']);
    expect(cityRows(city, { ...ALL, query: '无此社区' }, null).rows).toEqual([]);
  });
  it('keeps the row’s totals for the whole street when searching', () => {
    const street = cityRows(city, { ...ALL, query: '西坝' }, null).rows[1];
    expect(street.type === 'street' && street.totals.households).toBe(5484);
  });
  it('sorts communities across streets, without group rows', () => {
    const asc = cityRows(city, ALL, { key: 'households', dir: 'ascending' });
    expect(shape(asc.rows)).toEqual(['D01-S02-C001', 'D02-S01-C001', 'D01-S01-C001', 'D01-S01-C002']);
    const desc = cityRows(city, { ...ALL, district: 'D01' }, { key: 'households', dir: 'descending' });
    expect(shape(desc.rows)).toEqual(['D01-S01-C002', 'D01-S01-C001', 'D01-S02-C001']);
  });
  it('sorts names in Chinese order and staff by their nested field', () => {
    const byName = cityRows(city, ALL, { key: 'name', dir: 'ascending' }).rows.map((r) => r.type === 'community' && r.community.name);
    expect(byName).toEqual([...byName].sort((a, b) => new Intl.Collator('zh-CN').compare(String(a), String(b))));
    expect(shape(cityRows(city, ALL, { key: 'inPost', dir: 'descending' }).rows)[0]).toBe('D01-S01-C002');
  });
  it('puts empty optional fields last in both directions', () => {
    for (const dir of ['ascending', 'descending'] as const) {
      expect(shape(cityRows(city, ALL, { key: 'dwellings', dir }).rows)[0]).toBe('D01-S02-C001');
    }
  });
  it('does not change the city', () => {
    const before = JSON.stringify(city);
    cityRows(city, ALL, { key: 'space', dir: 'descending' });
    expect(JSON.stringify(city)).toBe(before);
  });
});

describe('nextSort', () => {
  it('cycles ascending, descending, none', () => {
    const a = nextSort(null, 'households');
    expect(a).toEqual({ key: 'households', dir: 'ascending' });
    const b = nextSort(a, 'households');
    expect(b).toEqual({ key: 'households', dir: 'descending' });
    expect(nextSort(b, 'households')).toBeNull();
  });
  it('starts ascending on another column', () => expect(nextSort({ key: 'name', dir: 'descending' }, 'space')).toEqual({ key: 'space', dir: 'ascending' }));
});

describe('liveFilter', () => {
  const city = testScenario().city;
  it('keeps a filter whose district and street exist', () => {
    const f = { district: 'D01', street: 'D01-S02', query: 'x' };
    expect(liveFilter(city, f)).toBe(f);
  });
  it('drops a district or street that is gone', () => {
    expect(liveFilter(city, { district: 'D09', street: 'D09-S01', query: '' })).toEqual({ district: '', street: '', query: '' });
    expect(liveFilter(city, { district: 'D02', street: 'D01-S01', query: '' })).toEqual({ district: 'D02', street: '', query: '' });
  });
});
