/**
 * Runs in the workers that the service worker's precaching must not share the processor with: a
 * Monte Carlo run keeps both cores of a two-core laptop busy for seconds, and precaching every built
 * file in the middle of a province's first run took 0.4–0.6 s of the tab's CPU on the service
 * worker's thread and raised the tab's memory peak by about 50 MB. Registration (registerLater.ts)
 * waits until no such run is in flight, and then for a pause of the visitor's again.
 */

let held = 0;
let waiting: (() => void)[] = [];

/** The precaching waits while the work this is called for is in flight; call what it returns once it ends (more calls do nothing). */
export function holdPrecaching(): () => void {
  held++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--held > 0) return;
    const ready = waiting;
    waiting = [];
    for (const resolve of ready) resolve();
  };
}

/** spell() (a quiet spell), repeated after each end of the runs holding the precaching, until one ends with none in flight. */
export async function quietAndFree(spell: () => Promise<void>): Promise<void> {
  await spell();
  while (held > 0) {
    await new Promise<void>((resolve) => waiting.push(resolve));
    await spell();
  }
}
