/**
 * The engine worker's last run, which explanations, the map's layers and site suggestions read, and
 * the arrays its runs on one city reuse. Monte Carlo draws made here (homeDrawsApi.ts) take their
 * arrays from the same store instead of a second one: at province scale the worker holds 23 MB less
 * after the draws (114 → 91 MB of typed arrays). A draw overwrites the last run's figures, so the run
 * is projected again, into the same arrays, the first time something reads it after a draw.
 */
import type { PreparedCoverage, Projection, Scenario } from '../src/engine';
import { Arena } from '../src/engine/arena';
import { project } from '../src/engine/project';
import { preparedCity } from './preparedCity';

/** An Arena that counts its resets: what was made in it stands until the next one. */
class CountedArena extends Arena {
  resets = 0;
  override reset(): void {
    this.resets++;
    super.reset();
  }
}

export interface LastRun {
  id: number;
  projection: Projection;
  scenario: Scenario;
  /** the coverage inputs the run was made with, for the map and suggestions */
  prepared: PreparedCoverage | null;
}

/** The last run, with what it takes to project it again: its city revision and the arena's resets when it was made. */
let last: (LastRun & { cityRevision: number | undefined; resets: number }) | null = null;

/**
 * The arrays of the runs on one kept city, lent again to each run of it: a province's run fills about
 * 50 MB of them, which fresh would be new pages to fault in and, run after run, garbage to collect.
 */
let lent: { revision: number; arena: CountedArena } | null = null;

/**
 * The arrays for a run on this city revision. The run about to be made replaces the last, which is
 * let go first: should the run fail, nothing reads arrays it overwrote.
 */
export function arraysFor(revision: number | undefined): Arena | undefined {
  last = null;
  if (revision === undefined) {
    lent = null;
    return undefined;
  }
  if (lent?.revision !== revision) lent = { revision, arena: new CountedArena() };
  lent.arena.reset();
  return lent.arena;
}

/** Keeps a run made in arraysFor(cityRevision)'s arrays (none without a revision) as the last. */
export function keepLast(run: LastRun, cityRevision: number | undefined): void {
  last = { ...run, cityRevision, resets: lent && cityRevision === lent.revision ? lent.arena.resets : NaN };
}

/** The last run, projected again if draws have since reused its arrays; null before any run. */
export function lastRun(): LastRun | null {
  if (!last) return null;
  const arena = lent && last.cityRevision === lent.revision ? lent.arena : null;
  if (arena && arena.resets !== last.resets) {
    arena.reset();
    const { flat, prep, coverage } = preparedCity(last.scenario, last.cityRevision);
    last.projection = project(last.scenario, {}, { flat, prep, coverage, alloc: arena });
    last.resets = arena.resets;
  }
  return last;
}

/** The arrays the runs on this city revision reuse, for draws of a scenario on it; undefined when none are held. */
export function arraysForDraws(cityRevision: number): Arena | undefined {
  return lent?.revision === cityRevision ? lent.arena : undefined;
}
