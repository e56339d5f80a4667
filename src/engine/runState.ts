/** The working state of one projection while its years are stepped through. */
import type { PreparedCoverage } from './coverage/prepare';
import type { Flat } from './flatten';
import type { Alloc } from './arena';
import {
  COUNT_SERIES,
  MIGRANT_SERIES,
  SERIES,
  type BuildingYear,
  type CostItem,
  type CostLine,
  type CostValues,
  type HiringYear,
  type PayRates,
  type PayerYear,
  type ProjectStart,
  type Series,
  type SeriesName,
  type Values,
} from './projection';
import { COST_PARAMS } from './costParams';
import { resolveDistrictParams, type DistrictValues, type ParamTable } from './resolveParams';
import { PAYERS, type BuildingProject, type Payer, type Scenario } from './scenario';
import { chargeFacilities, type FacilityCharge } from './steps/facilityCharges';
import { payRates, withDistrictFloor } from './steps/payRates';
import type { ParamKey } from './params';
import { READ_WHOLE, type Unread } from './unread';
import { keptStorage, phases, slab, workingBuffer } from './runBuffers';
import { countsFit, requiredFit } from './wholeCounts';
import { activeCostLines } from './activeLines';
import { ByDistrict, Carry, HireRates, RunRecord, Scratch } from './runRecord';
import { packedMap } from './packedMap';
import { lineBytes } from './wholeLines';
import { PAY_LINES, payCanWait, type PayYear } from './steps/payLater';
import { leaversCanWait } from './steps/leaversLater';
import { fundsLater, type FundLater } from './steps/fundsLater';
import { populationCanWait } from './steps/populationLater';
import { withMigrants } from './steps/migrants';
import { lateRows, startsLater, type StartsLater } from './steps/startsLater';
import type { Compact } from './compactSeries';

/**
 * Staff pay first, then one line per unit-cost parameter (src/engine/params.ts, in its order), then the
 * lines with logic of their own: the space reward, the reward fund's rewards, building and facilities.
 */
export const COST_LINES: CostLine[] = [
  { item: 'staffPay', payer: 'city' },
  { item: 'staffPay', payer: 'district' },
  { item: 'training', payer: 'city' },
  { item: 'training', payer: 'district' },
  { item: 'training', payer: 'street' },
  ...COST_PARAMS.map(({ key, item, payer }) => ({ item, payer, key })),
  { item: 'reward', payer: 'city' },
  { item: 'modelReward', payer: 'city' },
  { item: 'building', payer: 'city' },
  { item: 'building', payer: 'district' },
  { item: 'building', payer: 'street' },
  { item: 'facility', payer: 'city' },
  { item: 'facility', payer: 'district' },
  { item: 'facility', payer: 'street' },
];

export function costLineIndex(item: CostItem, payer: Payer): number {
  return COST_LINES.findIndex((l) => l.item === item && l.payer === payer);
}

export interface Run {
  scenario: Scenario;
  flat: Flat;
  years: number[];
  baseYear: number;
  params: ParamTable;
  /** parameters some districts set for themselves (overrides.ts DISTRICT_PARAM_KEYS), by district index */
  districtParams: Record<string, DistrictValues>;
  /** a district's own city share of urban pay, by district index then year (null: the city-wide share); null when none sets one */
  districtCityShare: (number | null)[][] | null;
  series: Series;
  /** each district's quota by year (Projection.quotas) */
  quotas: Float64Array;
  costs: CostValues[];
  /** staffing gaps of this year after leavers, per entity (scratch) */
  gap: Float64Array;
  /** fractional leavers and qualified hires carried to the next year, so small communities still see turnover */
  carry: { leave: Float64Array; certLeave: Float64Array; bachLeave: Float64Array; certHire: Float64Array; bachHire: Float64Array };
  /** m² started and not yet completed */
  pending: Float64Array;
  /** per-entity working arrays reused every year (building's and money-bound hiring's claims, building shares), and how many years after the base year the series holds the households the building programme worked out, that year and every later one (-1 before any; steps/building.ts claimsOf) */
  scratch: { claims: Float64Array; out: Float64Array; householdsFrom: number };
  /**
   * per-district working arrays the year's steps rewrite (openYear.ts: the shares under a district quota
   * and households per worker by class; hiringMoney.ts: what a community's hire costs each payer): cut
   * once a run with the other working arrays, since a typed array longer than 64 bytes made anew takes
   * a buffer of its own (about half a microsecond), several times a year
   */
  byDistrict: { shareSums: Float64Array; ratio: Float64Array; hireRates: Record<Payer, Float64Array> };
  /** m² due to complete in each horizon year (year-major): series.spaceCompleted itself, filled ahead as starts are made */
  completions: Float64Array;
  /** explicit projects not yet started, in funding order */
  queue: BuildingProject[];
  pay: PayRates;
  /** budget left this year per payer, by its position (payerAt; Infinity when unlimited) */
  remaining: Float64Array;
  /** yuan of hires and starts this year's money could not pay for, per payer (by its position) and district; cleared each year */
  deferred: Float64Array[];
  /** the hires among them (the rest are building starts), so an explanation can name each */
  deferredHires: Float64Array[];
  payers: Record<Payer, PayerYear[]>;
  hiring: HiringYear[];
  building: BuildingYear[];
  projectStarts: ProjectStart[];
  /** facilities with a cost, each booked to an entity */
  facilities: FacilityCharge[];
  /** cost parameters the rule set already had in force in the base year: their one-off costs are paid */
  inForceAtBase: ReadonlySet<ParamKey>;
  /** what the working arrays (gap, carries, pending, scratch) were cut from, when not from alloc; endRun (endRun.ts) hands it on */
  workingBuffer: Float64Array | null;
  /** what the series and cost lines were cut from, when not from alloc: the projection's storage (release.ts) */
  keptBuffer: ArrayBuffer | null;
  /** what the run may leave unworked */
  unread: Unread;
  /** each year's pay rates, when the pay lines are left to be made on their first read (steps/payLater.ts); null when the steps write them */
  payLater: PayYear[] | null;
  /** whether the leavers are left to be made on their first read (steps/leaversLater.ts): series.leavers is then empty until the run ends */
  leaversLater: boolean;
  /** whether certified and graduate staff are left to be made on their first read (steps/qualificationsLater.ts): the steps then take them as unread */
  qualificationsLater: boolean;
  /** per cost line, how it waits to be made on its first read (steps/fundsLater.ts), null where the steps write it; null for a run on an Arena */
  fundsLater: (FundLater | null)[] | null;
  /** whether residents and the stations' households are left to be made on their first read, where no coverage reads them as the projection is made (steps/populationLater.ts): series.residents is then empty until the run ends */
  populationLater: boolean;
  /** how the m² started and the building lines wait to be made on their first read (steps/startsLater.ts); null where the steps write them */
  startsLater: StartsLater | null;
  /** where a fresh run keeps its hires and completions once it ends (compactSeries.ts), worked in the working buffer till then; null for a run on an Arena */
  compact: Compact | null;
}

/** Series whose every value of a year the year's opening (steps/openYear.ts) writes before any step reads it, so their arrays need not start zeroed (Alloc); hires, starts and completions are added to. */
const OVERWRITTEN: readonly SeriesName[] = ['households', 'residents', 'established', 'staffRequired', 'spaceRequired', 'space', 'inPost', 'leavers', 'certified', 'bachelor'];

/** The per-entity working arrays createRun makes: gap, phases, five carries, pending and two scratch arrays. */
const WORKING_ARRAYS = 10;
/** The per-district working arrays: deferred and deferredHires (3 each), shareSums, ratio (2), hireRates (3 × 2). */
const DISTRICT_ARRAYS = 15;

/**
 * prep places facilities so their costs can be booked; without it they go to the first district.
 * charges, when given, are those facilities already booked, and alloc gives the run's zeroed arrays
 * (repeated runs of one city book once and reuse their arrays: src/engine/arena.ts). Without alloc,
 * what the projection keeps (series and cost lines) shares one buffer, a released projection's when one
 * of about that size was handed back (release.ts), and the working arrays another, with the hires and
 * completions until the run ends (compactSeries.ts).
 */
export function createRun(
  scenario: Scenario,
  flat: Flat,
  params: ParamTable,
  years: number[],
  prep: PreparedCoverage | null = null,
  charges?: FacilityCharge[],
  alloc?: Alloc,
  unread: Unread = READ_WHOLE,
): Run {
  const n = flat.nEntities;
  const size = n * years.length;
  const { baseYear } = scenario.horizon;
  const pay = payRates(scenario, params, years);
  const payers = {} as Record<Payer, PayerYear[]>;
  for (const p of PAYERS) payers[p] = [];
  const facilities = charges ?? chargeFacilities(scenario, flat, prep);
  const districtParams = resolveDistrictParams(scenario.ruleSet, packedMap(scenario.city.districts, (d) => d.id), years);
  // A district's own split wins over the plan's and the rule set's; CS2010-7c-3's district floor still holds under it.
  const ownShares = districtParams['pay.cityShare']?.values;
  const districtCityShare = ownShares
    ? packedMap(ownShares, (row) => Array.from(row, (v, y) => (v === null ? null : withDistrictFloor(v, pay.perWorker[y], params['pay.districtPerWorker']?.[y] ?? null))))
    : null;
  const active = activeCostLines(COST_LINES, scenario, params, years, facilities, pay, districtCityShare);
  // A city without migrants keeps its migrant series at zero (stepMigrants writes only zeros): they share the zero array.
  const migrants = withMigrants(flat);
  // Counts in 32-bit integers when every value they can take fits (wholeCounts.ts); established (0 or 1) in bytes.
  const whole = countsFit(scenario, flat, params, districtParams, years);
  // So is staffRequired where every value it can take is a whole number in range (wholeCounts.ts requiredFit).
  const wholeRequired = whole && requiredFit(params, districtParams, years.length);
  // A fresh run's leavers are made only if read (steps/leaversLater.ts).
  const leaversLater = !alloc && leaversCanWait(scenario, whole);
  // So are the qualifications, where the reader reads them (steps/qualificationsLater.ts); the steps then leave them unworked.
  const qualificationsLater = leaversLater && !unread.qualifications;
  const reads = qualificationsLater ? { ...unread, qualifications: true } : unread;
  // So are the m² started and the building lines (steps/startsLater.ts), but for the rows of starts that complete past the horizon.
  const startRows = alloc ? null : lateRows(scenario, years.length);
  // A fresh run works its completions, late starts and hires (as 32-bit counts) in the working buffer, and keeps them compact (compactSeries.ts).
  const inWorking = (name: SeriesName) => !alloc && (name === 'spaceCompleted' || (whole && name === 'hires'));
  const waits = (name: SeriesName) => inWorking(name) || (leaversLater && name === 'leavers') || (qualificationsLater && (name === 'certified' || name === 'bachelor')) || (startRows !== null && name === 'spaceStarted') || (name === 'residents' && populationCanWait(!alloc, prep !== null));
  const own = SERIES.filter((name) => (migrants || !(MIGRANT_SERIES as readonly string[]).includes(name)) && !waits(name));
  const bytesOf = (name: SeriesName) => (name === 'established' ? 1 : (whole && (COUNT_SERIES as readonly string[]).includes(name)) || (wholeRequired && name === 'staffRequired') ? 4 : 8);
  // Whole-yuan lines in 16- or 32-bit integers (wholeLines.ts), every other line in 64-bit floats; the zero array in bytes.
  const widths = lineBytes(COST_LINES, params, years);
  // A fresh run's pay lines, when no step reads them, are made only if read (steps/payLater.ts).
  const later = !alloc && payCanWait(scenario, whole, active);
  const pays = packedMap(active, (on, k) => on && !(later && (PAY_LINES as readonly number[]).includes(k)));
  // So are its per-community fund lines (steps/fundsLater.ts).
  const funds = alloc ? null : fundsLater(COST_LINES, scenario, pays, widths, years.length);
  const stored = packedMap(pays, (on, k) => on && !funds?.[k] && !(startRows !== null && COST_LINES[k].item === 'building'));
  const activeBytes = stored.flatMap((on, k) => (on ? [widths[k]] : []));
  const nq = flat.nDistricts * years.length;
  // Array.from, not map: an optimised map makes holey arrays, a new map for the optimised code reading them to drop back on.
  const keptBytes = [...Array.from(own, bytesOf), 1, ...(inWorking('hires') ? [1] : []), ...activeBytes].reduce((sum, b) => sum + Math.ceil((size * b) / 8) * 8, 8 * nq);
  const keptBuf = keptStorage(alloc ? null : keptBytes);
  const kept = alloc ?? slab(keptBuf!.buffer, keptBuf!.zeroed);
  const nd = flat.nDistricts;
  const workingBuf = alloc ? null : workingBuffer(n * WORKING_ARRAYS + nd * DISTRICT_ARRAYS + size + n * (startRows ?? 0) + (inWorking('hires') ? Math.ceil(size / 2) : 0));
  const working = alloc ?? slab(workingBuf!.buffer.buffer as ArrayBuffer, workingBuf!.zeroed);
  const zeros = kept.u8(size);
  const arrays = {} as Record<SeriesName, Values>;
  for (const name of SERIES) {
    const bytes = bytesOf(name);
    const over = OVERWRITTEN.includes(name);
    arrays[name] = inWorking(name) ? (bytes === 4 ? working.i32(size) : working.f64(size)) : waits(name) ? new Int32Array(0) : !own.includes(name) ? zeros : bytes === 1 ? kept.u8(size, over) : bytes === 4 ? kept.i32(size, over) : kept.f64(size, over);
  }
  // Each array is of the kind bytesOf gave its name, which is what Series says of it.
  const series = arrays as Series;
  // Each year's steps clear or write these whole before they read them (Alloc's overwritten).
  const perDistrict = (k = 1) => working.f64(k * nd, true);
  // The phases and carries are set whole here, and the gap each year by the year's opening before it is read.
  const overwritten = () => working.f64(n, true);
  const phase = phases(overwritten());
  const phased = () => {
    const a = overwritten();
    a.set(phase);
    return a;
  };
  // The qualifications' carries, when no one reads the qualifications, are only ever added junk to.
  const qualified = () => (reads.qualifications ? overwritten() : phased());
  return new RunRecord({
    scenario,
    flat,
    years,
    baseYear,
    params,
    districtParams,
    districtCityShare,
    series,
    quotas: kept.f64(nq),
    costs: packedMap(stored, (on, k) => {
      const over = unread.costLines[k] === true;
      return !on ? zeros : widths[k] === 2 ? kept.u16(size, over) : widths[k] === 4 ? kept.i32(size, over) : kept.f64(size, over);
    }),
    gap: overwritten(),
    carry: new Carry(phased(), qualified(), qualified(), qualified(), qualified()),
    // Space under way is added to.
    pending: working.f64(n),
    // Building writes each place's households ahead, then its gap at the place's position in the list of
    // places with one (steps/buildingClaims.ts claimsOf), and hiring the communities' claims (staffing.ts),
    // before reading them; out is written at each listed position (orderCut, allocateShare), the only ones read.
    scratch: new Scratch(overwritten(), overwritten(), -1),
    completions: series.spaceCompleted,
    queue: [...scenario.plan.building.projects].sort(
      (a, b) => a.priority - b.priority || a.startYear - b.startYear || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    ),
    pay,
    remaining: new Float64Array(PAYERS.length).fill(Infinity),
    deferred: [perDistrict(), perDistrict(), perDistrict()],
    deferredHires: [perDistrict(), perDistrict(), perDistrict()],
    byDistrict: new ByDistrict(perDistrict(), perDistrict(2), new HireRates(perDistrict(2), perDistrict(2), perDistrict(2))),
    payers,
    hiring: [],
    building: [],
    projectStarts: [],
    facilities,
    inForceAtBase: new Set(),
    workingBuffer: workingBuf?.buffer ?? null,
    keptBuffer: keptBuf?.buffer ?? null,
    unread: reads,
    payLater: later ? [] : null,
    leaversLater,
    qualificationsLater,
    fundsLater: funds,
    populationLater: waits('residents'),
    startsLater: startRows === null ? null : startsLater(scenario, flat, years.length, working.f64(n * startRows), COST_LINES, pays),
    compact: alloc ? null : { hireBytes: inWorking('hires') ? kept.u8(size, true) : null },
  });
}
