/**
 * The run's state and its working objects as class instances, not object literals. V8 gives an object
 * literal of computed values a boilerplate once the function making it has run a few times, and that
 * widens the type of every field of the literal's map to "any": the steps optimised in a sweep's or a
 * set of draws' first runs, which read the run's fields (its scenario, flat arrays, series, carries,
 * scratch) as their one type, were all dropped back to the interpreter together a few runs in, and a
 * step dropped while its loop alone was being compiled could keep that loop-only code for good, which
 * boxes every number the loop carries. A class's fields keep their types while their values keep theirs.
 */
import type { Payer } from './scenario';
import type { Run } from './runState';

// The interface gives the class Run's fields (merged with it), which the constructor sets one by one.
export interface RunRecord extends Run {}
export class RunRecord {
  constructor(o: Run) {
    this.scenario = o.scenario;
    this.flat = o.flat;
    this.years = o.years;
    this.baseYear = o.baseYear;
    this.params = o.params;
    this.districtParams = o.districtParams;
    this.districtCityShare = o.districtCityShare;
    this.series = o.series;
    this.quotas = o.quotas;
    this.costs = o.costs;
    this.gap = o.gap;
    this.carry = o.carry;
    this.pending = o.pending;
    this.scratch = o.scratch;
    this.byDistrict = o.byDistrict;
    this.completions = o.completions;
    this.queue = o.queue;
    this.pay = o.pay;
    this.remaining = o.remaining;
    this.deferred = o.deferred;
    this.deferredHires = o.deferredHires;
    this.payers = o.payers;
    this.hiring = o.hiring;
    this.building = o.building;
    this.projectStarts = o.projectStarts;
    this.facilities = o.facilities;
    this.inForceAtBase = o.inForceAtBase;
    this.workingBuffer = o.workingBuffer;
    this.keptBuffer = o.keptBuffer;
    this.unread = o.unread;
    this.payLater = o.payLater;
    this.leaversLater = o.leaversLater;
    this.qualificationsLater = o.qualificationsLater;
    this.fundsLater = o.fundsLater;
    this.populationLater = o.populationLater;
    this.startsLater = o.startsLater;
    this.compact = o.compact;
  }
}

export class Carry {
  constructor(
    public leave: Float64Array,
    public certLeave: Float64Array,
    public bachLeave: Float64Array,
    public certHire: Float64Array,
    public bachHire: Float64Array,
  ) {}
}

export class Scratch {
  constructor(
    public claims: Float64Array,
    public out: Float64Array,
    public householdsFrom: number,
  ) {}
}

export class HireRates implements Record<Payer, Float64Array> {
  constructor(
    public city: Float64Array,
    public district: Float64Array,
    public street: Float64Array,
  ) {}
}

export class ByDistrict {
  constructor(
    public shareSums: Float64Array,
    public ratio: Float64Array,
    public hireRates: HireRates,
  ) {}
}
