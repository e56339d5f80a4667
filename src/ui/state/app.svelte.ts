/**
 * App-wide state, shared with every component through context: language, route, the engine worker
 * and the scenario store. One instance per page.
 */
import { getContext, setContext } from 'svelte';
import type { Locale } from '../../i18n/messages';
import type { ScenarioRecord } from '../../store/records';
import type { ScenarioStore } from '../../store/scenarioStore';
import type { EngineClient, RunOutcome } from '../engineClient';
import { Router } from './router.svelte';

export interface FirstRun {
  record: ScenarioRecord;
  outcome: Promise<RunOutcome>;
}

export class App {
  locale = $state<Locale>('zh-CN');
  readonly router = new Router();
  /** a message for the status line (saved, deleted — undo, errors), in both languages */
  notice = $state.raw<{ zh: string; en: string; undo?: () => void } | null>(null);
  /**
   * The first visit's demo as this tab has just stored it, and its run, perhaps still under way, for the
   * workbench that opens it (src/ui/library/firstVisit.ts).
   */
  firstRun: FirstRun | null = null;

  constructor(
    readonly client: EngineClient,
    readonly store: ScenarioStore,
  ) {}

  /** Pick the string for the current language from a {zh, en} pair. */
  pick(text: { zh: string; en: string }): string {
    return this.locale === 'en' ? text.en : text.zh;
  }

  /** The first visit's demo and run, when it is this scenario: taken once, so a reopened scenario is read and run afresh. */
  takeFirstRun(id: string): FirstRun | undefined {
    const first = this.firstRun;
    this.firstRun = null;
    return first?.record.id === id ? first : undefined;
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
