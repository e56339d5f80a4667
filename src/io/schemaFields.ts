/**
 * The building blocks of the scenario schema: ids, names, counts, money, shares, years, payers and
 * places, each carrying its bilingual description into scenarios/schema.json.
 */
import { z } from './strictCsp';

/** Years a scenario may speak of; wide enough for historical bases and long horizons. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

export const id = (what: string) => z.string().min(1).describe(what);
export const name = (what: string) => z.string().min(1).describe(what);
export const count = (what: string) => z.int().min(0).describe(what);
export const amount = (what: string) => z.number().min(0).describe(what);

/** Fractions every screen and template shows in %: a message about one states its range and value in % too (0% to 100%, not 0 to 1). */
const PERCENT_SCHEMAS = new WeakSet<object>();
const inPercent = <T extends object>(schema: T): T => (PERCENT_SCHEMAS.add(schema), schema);
export const isPercentSchema = (schema: object): boolean => PERCENT_SCHEMAS.has(schema);

export const share = (what: string) => inPercent(z.number().min(0).max(1).describe(what));
// A city losing half its households in a year, or doubling them, is outside anything the model is for.
export const growth = (what: string) => inPercent(z.number().min(-0.5).max(1).describe(what));
export const year = (what: string) => z.int().min(YEAR_MIN).max(YEAR_MAX).describe(what);

export const payer = z.enum(['city', 'district', 'street']).describe('出资方：city 市级、district 区（县）级、street 街道 / payer');

export const location = z
  .union([
    z.strictObject({
      lon: z.number().min(-180).max(180).describe('经度（WGS-84） / longitude (WGS-84)'),
      lat: z.number().min(-90).max(90).describe('纬度（WGS-84） / latitude (WGS-84)'),
    }),
    z.strictObject({
      x: z.number().describe('平面坐标 x（米） / x in a local plane (metres)'),
      y: z.number().describe('平面坐标 y（米） / y in a local plane (metres)'),
    }),
  ])
  .describe('位置：经纬度或平面坐标 / location: longitude/latitude or local-plane metres');

/** A point as two numbers in the city's crs: [lon, lat] for wgs84, [x, y] metres for local. */
export const pair = (what: string) =>
  z
    .tuple([
      z.number().describe('经度或 x / longitude or x'),
      z.number().describe('纬度或 y / latitude or y'),
    ])
    .describe(what);
