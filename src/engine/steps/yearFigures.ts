/**
 * The figures the year's opening works on (openYear.ts), each cut to the year's entities, as class
 * instances rather than object literals: a literal's map gets its fields widened some calls in (see
 * runRecord.ts), and leave, optimised on the map of the first runs' staff, then dropped back to the
 * interpreter a few draws in, where it could be left running loop-only code that boxes its numbers. A
 * class's fields are defined before the constructor sets them, so its map has nothing left to widen.
 */
import type { Series } from '../projection';
import { yearOf } from '../yearViews';

/** Last year's staff, or the base's copied into the first year's arrays (openYear.ts baseStaff). */
export class Staff {
  constructor(
    public inPost: Series['inPost'],
    public certified: Series['certified'],
    public bachelor: Series['bachelor'],
  ) {}
}

/**
 * The figures of year y; no leavers where they are made when read (leaversLater.ts), and no residents
 * where they and the stations' households are (populationLater.ts).
 */
export class Year {
  households: Series['households'];
  residents: Series['residents'] | null;
  established: Series['established'];
  staffRequired: Series['staffRequired'];
  spaceRequired: Series['spaceRequired'];
  space: Series['space'];
  spaceCompleted: Series['spaceCompleted'];
  inPost: Series['inPost'];
  leavers: Series['leavers'] | null;
  certified: Series['certified'];
  bachelor: Series['bachelor'];

  constructor(series: Series, y: number, n: number, residents: boolean, leavers: boolean) {
    this.households = yearOf(series.households, y, n);
    this.residents = residents ? yearOf(series.residents, y, n) : null;
    this.established = yearOf(series.established, y, n);
    this.staffRequired = yearOf(series.staffRequired, y, n);
    this.spaceRequired = yearOf(series.spaceRequired, y, n);
    this.space = yearOf(series.space, y, n);
    this.spaceCompleted = yearOf(series.spaceCompleted, y, n);
    this.inPost = yearOf(series.inPost, y, n);
    this.leavers = leavers ? yearOf(series.leavers, y, n) : null;
    this.certified = yearOf(series.certified, y, n);
    this.bachelor = yearOf(series.bachelor, y, n);
  }
}
