/**
 * The library's storage, opened by the page's entry (src/main.ts) while the app's code downloads: on
 * a fresh profile creating the database takes 50–200 ms, mostly waiting, which then no longer stands
 * between the app's start and the demo's workbench. What the connection is told before the app has
 * started (another tab's upgrade, an older tab holding it up) is kept and passed on when it listens.
 */
import type { Interruptions } from '../../store/db';
import { ScenarioStore } from '../../store/scenarioStore';

type Said = keyof Interruptions;

let opening: Promise<ScenarioStore> | null = null;
/** the app asked already (its code arrived first): opening now would leave a connection nobody uses */
let asked = false;
let listener: Interruptions | null = null;
const missed: Said[] = [];

function tell(said: Said): void {
  if (listener) listener[said]?.();
  else missed.push(said);
}

export function openStoreEarly(): void {
  if (asked) return;
  opening ??= ScenarioStore.open(undefined, { onUpgraded: () => tell('onUpgraded'), onBlocked: () => tell('onBlocked') });
  // Awaited by the app, which reports a failure; dropped here.
  opening.catch(() => {});
}

/** The storage opened early, once, with `on` told what it missed meanwhile; a fresh opening otherwise. */
export function takeEarlyStore(on: Interruptions): Promise<ScenarioStore> {
  const taken = opening;
  opening = null;
  asked = true;
  if (!taken) return ScenarioStore.open(undefined, on);
  listener = on;
  for (const said of missed.splice(0)) on[said]?.();
  return taken;
}
