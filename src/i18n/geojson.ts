/**
 * What the GeoJSON importer says about a file, in both languages at once (a problem is shown in
 * whichever the reader picks). src/io/geojson finds the problems; the wording lives here.
 */
import { FACILITY_TYPE_NAME, FACILITY_TYPES, PAYERS, type Name } from '../registry';

const TYPES_ZH = FACILITY_TYPES.map((t) => `${t}（${FACILITY_TYPE_NAME[t].zh}）`).join('、');

export const GEO = {
  // The file as a whole
  notJson: (detail: string): Name => ({ zh: `文件不是有效的 JSON：${detail}`, en: `the file is not valid JSON: ${detail}` }),
  notGeoJson: (got: string): Name => ({ zh: `应为 GeoJSON 的 FeatureCollection 或 Feature，实际为 ${got}`, en: `expected a GeoJSON FeatureCollection or Feature, got ${got}` }),
  noFeatureArray: { zh: 'FeatureCollection 缺少 features 数组', en: 'the FeatureCollection has no features array' },
  noFeatures: { zh: '文件中没有任何要素', en: 'the file has no features' },
  nothingToImport: { zh: '文件中没有可导入的要素', en: 'nothing in the file can be imported' },
  declaredCrs: (declared: string, local: boolean): Name => ({
    zh: `文件声明的坐标系为 ${declared}；只接受${local ? '本方案的平面坐标（米）' : 'WGS-84 经纬度（EPSG:4326）或 GCJ-02'}，请先在 GIS 软件中转换`,
    en: `the file declares ${declared}; only ${local ? "the scenario's local plane (metres)" : 'WGS-84 lon/lat (EPSG:4326) or GCJ-02'} is accepted: convert it in a GIS first`,
  }),
  unplaced: (n: number, some: string): Name => ({
    zh: `方案还没有空间数据，导入须给每个社区定位；仍有 ${n} 个社区没有位置：${some}`,
    en: `the scenario has no spatial data yet, so the import must place every community; ${n} still have no location: ${some}`,
  }),
  noPaths: { zh: '线要素没有构成任何路段', en: 'the lines make no path of any length' },

  // One feature
  notFeature: { zh: '不是 Feature 对象', en: 'not a Feature object' },
  noGeometry: { zh: '没有几何（geometry 为空）', en: 'has no geometry (geometry is null)' },
  geometryKind: (kind: string, kinds: string): Name => ({ zh: `不支持的几何类型 ${kind}；可用：${kinds}`, en: `unsupported geometry type ${kind}; use one of ${kinds}` }),
  properties: { zh: 'properties 应为对象', en: 'properties must be an object' },
  sameCommunity: (feature: number): Name => ({ zh: `与第 ${feature} 个要素指向同一个社区`, en: `names the same community as feature ${feature}` }),

  // Positions
  position: (got: string): Name => ({ zh: `坐标应为 [经度, 纬度] 两个数，实际为 ${got}`, en: `a position must be two numbers [lon, lat], got ${got}` }),
  latLon: (at: string): Name => ({ zh: `${at} 像是写反了的 [纬度, 经度]；GeoJSON 的顺序是 [经度, 纬度]`, en: `${at} looks like [lat, lon]; GeoJSON positions are [lon, lat]` }),
  projected: (at: string): Name => ({
    zh: `${at} 不是经纬度，像是投影坐标（米）；只接受 WGS-84 经纬度（EPSG:4326）或 GCJ-02`,
    en: `${at} is not longitude/latitude; it looks like projected metres. Only WGS-84 lon/lat (EPSG:4326) or GCJ-02 is accepted`,
  }),
  farFromCentre: (at: string, km: number): Name => ({
    zh: `${at} 距城市中心约 ${km} 公里；请检查坐标系，以及经度、纬度是否写反（应为 [经度, 纬度]）`,
    en: `${at} is about ${km} km from the city's centre; check the coordinate system and that it is [lon, lat], not [lat, lon]`,
  }),
  fewPositions: (min: number): Name => ({ zh: `至少需要 ${min} 个坐标点`, en: `needs at least ${min} positions` }),

  // Communities
  noCommunityId: (id: string): Name => ({ zh: `方案中没有编号为“${id}”的社区`, en: `no community has the id "${id}"` }),
  sameName: (n: number, name: string): Name => ({ zh: `有 ${n} 个社区名为“${name}”，请用属性 id 指明是哪一个`, en: `${n} communities are named "${name}"; give the property id to say which` }),
  noCommunityName: (name: string, id: string): Name => ({
    zh: `方案中没有名为“${name}”${id ? `或编号为“${id}”` : ''}的社区`,
    en: `no community is named "${name}"${id ? ` or has the id "${id}"` : ''}`,
  }),
  unnamed: {
    zh: '社区要素需要属性 id 或 name（与方案中的社区编号或名称一致）；设施点还需要属性 type',
    en: 'a community feature needs the property id or name (matching a community of the scenario); a facility point needs the property type',
  },
  noOuterRing: { zh: '多边形没有外环', en: 'the polygon has no outer ring' },
  shortRing: { zh: '外环至少需要 3 个不同的点', en: 'the outer ring needs at least 3 distinct points' },
  noParts: { zh: '多部分多边形没有任何部分', en: 'the MultiPolygon has no parts' },
  largestPart: (n: number): Name => ({ zh: `社区边界只能是一个环：已取 ${n} 个部分中最大的一个`, en: `a community boundary is one ring: the largest of ${n} parts was used` }),
  holes: { zh: '多边形内的洞已忽略，居民按外环分布', en: 'holes in the polygon were ignored; residents fill the outer ring' },

  // Facilities
  facilityType: (got: string): Name => ({ zh: `设施类型 type 为“${got}”，应为 ${TYPES_ZH} 之一`, en: `the facility type is "${got}"; use one of ${FACILITY_TYPES.join(', ')}` }),
  facilityName: { zh: '设施缺少名称（属性 name）', en: 'the facility has no name (property name)' },
  openingYear: (got: string): Name => ({ zh: `开业年份 openingYear 应为整数年份，实际为“${got}”`, en: `openingYear must be a whole year, got "${got}"` }),
  afterHorizon: (year: number, lastYear: number): Name => ({
    zh: `开业年份 ${year} 晚于规划期末 ${lastYear}；请只导入基准年前已开业或规划期内开业的设施`,
    en: `opening year ${year} is after the horizon ends (${lastYear}); import facilities open by the base year or opening within the horizon`,
  }),
  beforeHorizon: (year: number): Name => ({ zh: `开业年份 ${year} 在基准年和规划期之间`, en: `opening year ${year} falls between the base year and the horizon` }),
  cost: (key: string, got: string): Name => ({ zh: `${key} 应为非负的元数，实际为“${got}”`, en: `${key} must be a non-negative amount in yuan, got "${got}"` }),
  payer: { zh: `出资方 payer 应为 ${PAYERS.join('、')} 之一`, en: `payer must be one of ${PAYERS.join(', ')}` },
  idTaken: (id: string): Name => ({ zh: `设施编号“${id}”已被使用`, en: `the facility id "${id}" is already used` }),
};
