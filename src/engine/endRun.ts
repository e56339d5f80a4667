/** What a run leaves once its years are stepped through: its working buffer handed on, and the figures it left to be made on their first read. */
import { keepCompact } from './compactSeries';
import type { Projection } from './projection';
import { ownStorage } from './release';
import { handOnWorking } from './runBuffers';
import type { Run } from './runState';
import { fundsOnRead } from './steps/fundsLater';
import { leaversOnRead } from './steps/leaversLater';
import { payOnRead } from './steps/payLater';
import { populationOnRead } from './steps/populationLater';
import { qualificationsOnRead } from './steps/qualificationsLater';
import { startsOnRead } from './steps/startsLater';

/** Hands a finished run's working buffer to the next run (nothing may read the run's working arrays after this), and ties the projection to the buffer its figures were cut from, for a host to hand back (release.ts). */
export function endRun(run: Run, projection: Projection): void {
  if (run.compact) keepCompact(run.series, run.startsLater, run.compact);
  if (run.workingBuffer) handOnWorking(run.workingBuffer);
  run.workingBuffer = null;
  if (run.keptBuffer) ownStorage(projection, run.keptBuffer);
  if (run.payLater) payOnRead(run.costs, run.payLater, run.flat, run.series);
  if (run.leaversLater) leaversOnRead(run.series, run.flat.base.inPost, run.flat.nEntities);
  if (run.qualificationsLater) {
    const { flat, params, years } = run;
    const { attritionRate: rate, certifiedShare, bachelorShare } = run.scenario.plan.hiring;
    // staffing.ts takeHires: YX2008-5b's share of graduates among hires, where it is higher than the plan's.
    const graduates = Array.from(years, (_, y) => Math.max(bachelorShare, params['staffing.bachelorShareOfHires']?.[y] ?? 0));
    const certified = { base: flat.base.certified, rate, shares: Array.from(years, () => certifiedShare) };
    qualificationsOnRead(run.series, flat.nEntities, certified, { base: flat.base.bachelor, rate, shares: graduates });
  }
  if (run.fundsLater) fundsOnRead(run.costs, run.fundsLater, run.flat, run.series.established);
  if (run.populationLater) populationOnRead(run.series, run.flat);
  if (run.startsLater) startsOnRead(run, run.startsLater);
}
