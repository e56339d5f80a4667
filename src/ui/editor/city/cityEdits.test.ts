import { describe, expect, it } from 'vitest';
import { addCommunity, addCommunityTarget, addDistrict, addStreet, cityIds, nextId, nextName, removeCommunity, removeDistrict, removeStreet } from './cityEdits';
import { testScenario } from './cityFixture';

describe('nextId', () => {
  const cases: { name: string; prefix: string; siblings: string[]; taken?: string[]; width?: number; expected: string }[] = [
    { name: 'follows the highest sibling, padded like it', prefix: 'D01-S01-C', siblings: ['D01-S01-C001', 'D01-S01-C012'], width: 3, expected: 'D01-S01-C013' },
    { name: 'the first child', prefix: 'D01-S03-C', siblings: [], width: 3, expected: 'D01-S03-C001' },
    { name: 'districts', prefix: 'D', siblings: ['D01', 'D02', 'D08'], expected: 'D09' },
    { name: 'wider numbers keep their width', prefix: 'D', siblings: ['D0099'], expected: 'D0100' },
    // siblings named otherwise: counting on from how many there are
    { name: 'ids of another pattern', prefix: 'D', siblings: ['gulou', 'xuanwu'], expected: 'D03' },
    { name: 'skips an id used elsewhere in the city', prefix: 'D', siblings: ['D01'], taken: ['D01', 'D02'], expected: 'D03' },
    { name: 'regex characters in a prefix are literal', prefix: 'A.B-', siblings: ['A.B-07', 'AxB-09'], expected: 'A.B-08' },
  ];
  for (const c of cases) it(c.name, () => expect(nextId(c.prefix, c.siblings, new Set(c.taken ?? c.siblings), c.width)).toBe(c.expected));
});

describe('nextName', () => {
  it('numbers a name already in use', () => {
    expect(nextName('新社区', [])).toBe('新社区');
    expect(nextName('新社区', ['新社区', '新社区2'])).toBe('新社区3');
  });
});

describe('structural edits', () => {
  it('adds a community at the end of a street, of the street’s kind, with a unique id', () => {
    const s = testScenario();
    const before = JSON.stringify(s);
    const { scenario, id } = addCommunity(s, 0, 1, '新社区');
    expect(id).toBe('D01-S02-C002');
    const added = scenario.city.districts[0].streets[1].communities.at(-1)!;
    expect(added).toMatchObject({ id, name: '新社区', kind: 'rural', households: 0, staff: { inPost: 0, certified: 0, bachelor: 0 } });
    expect(JSON.stringify(s)).toBe(before);
    // untouched branches are shared, which keeps undo cheap
    expect(scenario.city.districts[1]).toBe(s.city.districts[1]);
    expect(scenario.city.districts[0].streets[0]).toBe(s.city.districts[0].streets[0]);
  });
  it('adds a community to an empty street', () => {
    const { scenario, id } = addCommunity(testScenario(), 1, 1, '新社区');
    expect(id).toBe('D02-S02-C001');
    expect(scenario.city.districts[1].streets[1].communities).toHaveLength(1);
  });
  it('adds a street and a district with fresh ids', () => {
    const s = testScenario();
    const street = addStreet(s, 1, '新街道');
    expect(street.id).toBe('D02-S03');
    expect(street.scenario.city.districts[1].streets[2]).toMatchObject({ class: 1, communities: [], name: '新街道' });
    const district = addDistrict(s, '新区');
    expect(district.id).toBe('D03');
    expect(district.scenario.city.districts[2]).toMatchObject({ id: 'D03', streets: [] });
    expect(s.city.districts).toHaveLength(2);
  });
  it('every id stays unique after adding at every level', () => {
    let s = testScenario();
    for (let i = 0; i < 3; i++) {
      s = addDistrict(s, '新区').scenario;
      s = addStreet(s, s.city.districts.length - 1, '新街道').scenario;
      s = addCommunity(s, 0, 0, '新社区').scenario;
    }
    const ids: string[] = [];
    for (const d of s.city.districts) for (const st of d.streets) ids.push(st.id, ...st.communities.map((c) => c.id));
    ids.push(...s.city.districts.map((d) => d.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(cityIds(s.city).size).toBe(ids.length);
  });
  it('removes a community, a street, a district without touching the original', () => {
    const s = testScenario();
    const before = JSON.stringify(s);
    expect(removeCommunity(s, 0, 0, 0).city.districts[0].streets[0].communities.map((c) => c.id)).toEqual(['D01-S01-C002']);
    expect(removeStreet(s, 0, 0).city.districts[0].streets.map((x) => x.id)).toEqual(['D01-S02']);
    expect(removeDistrict(s, 0).city.districts.map((x) => x.id)).toEqual(['D02']);
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('addCommunityTarget', () => {
  const city = testScenario().city;
  it('the street chosen', () => expect(addCommunityTarget(city, { district: '', street: 'D02-S02' })).toEqual({ d: 1, s: 1 }));
  it('the first street of the district chosen', () => expect(addCommunityTarget(city, { district: 'D02', street: '' })).toEqual({ d: 1, s: 0 }));
  it('the city’s first street', () => expect(addCommunityTarget(city, { district: '', street: '' })).toEqual({ d: 0, s: 0 }));
  it('skips a district without streets', () => {
    const s = addDistrict(testScenario(), '新区').scenario;
    const bare = { ...s.city, districts: [s.city.districts[2], ...s.city.districts] };
    expect(addCommunityTarget(bare, { district: '', street: '' })).toEqual({ d: 1, s: 0 });
    expect(addCommunityTarget(bare, { district: 'D03', street: '' })).toBeNull();
  });
});
