/**
 * App-wide state, shared with every component through context: language, route, the engine worker
 * and the scenario store. One instance per page.
 */
import { getContext, setContext } from 'svelte';
import type { Locale } from '../../i18n/messages';
import type { ScenarioStore } from '../../store/scenarioStore';
import type { EngineClient, RunOutcome } from '../engineClient';
import { Router } from './router.svelte';

export class App {
  locale = $state<Locale>('zh-CN');
  readonly router = new Router();
  /** a message for the status line (saved, deleted — undo, errors), in both languages */
  notice = $state.raw<{ zh: string; en: string; undo?: () => void } | null>(null);
  /** the first visit's run of the demo, perhaps still under way, for the workbench that opens it (src/ui/library/firstVisit.ts) */
  firstRun: { id: string; outcome: Promise<RunOutcome> } | null = null;

  constructor(
    readonly client: EngineClient,
    readonly store: ScenarioStore,
  ) {}

  /** Pick the string for the current language from a {zh, en} pair. */
  pick(text: { zh: string; en: string }): string {
    return this.locale === 'en' ? text.en : text.zh;
  }

  /** The first visit's run, when it is of this scenario: taken once, so a reopened scenario runs afresh. */
  takeFirstRun(id: string): Promise<RunOutcome> | undefined {
    const first = this.firstRun;
    this.firstRun = null;
    return first?.id === id ? first.outcome : undefined;
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    void this.store.saveSettings({ locale }).catch(() => {});
  }
}

const KEY = Symbol('app');

export function provideApp(app: App): void {
  setContext(KEY, app);
}

export function useApp(): App {
  return getContext<App>(KEY);
}
