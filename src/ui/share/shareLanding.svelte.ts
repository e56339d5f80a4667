/**
 * Opening a share link: decode the fragment, run the engine's check, then wait for the user to add
 * the scenario to the library. Every failure is kept in both languages for the page to show.
 */
import type { Scenario } from '../../engine/scenario';
import { SHARE_TEXT } from '../../i18n/share';
import { StoreError } from '../../store/scenarioStore';
import type { ValidationError } from '../engineClient';
import { addScenario } from '../library/libraryActions';
import type { App } from '../state/app.svelte';
import { APP_BASES } from './shareBases';
import { decodePayload, parseShareHash, ShareError } from './shareLink';

type Text = { zh: string; en: string };
type Step = 'reading' | 'checking' | 'ready' | 'adding' | 'failed';

export class ShareLandingState {
  step = $state<Step>('reading');
  scenario = $state.raw<Scenario | null>(null);
  problem = $state.raw<Text | null>(null);
  errors = $state.raw<ValidationError[]>([]);

  constructor(private readonly app: App) {}

  private failed(problem: Text, errors: ValidationError[] = []): void {
    this.problem = problem;
    this.errors = errors;
    this.step = 'failed';
  }

  async open(hash: string): Promise<void> {
    this.step = 'reading';
    this.scenario = null;
    this.problem = null;
    this.errors = [];
    const parsed = parseShareHash(hash);
    let data: unknown;
    try {
      data = await decodePayload(parsed?.payload ?? '', APP_BASES);
    } catch (error) {
      const e = error instanceof ShareError ? error : new ShareError(SHARE_TEXT['zh-CN'].errors.damaged, SHARE_TEXT.en.errors.damaged);
      return this.failed({ zh: e.zh, en: e.en });
    }
    this.step = 'checking';
    const errors = await this.app.client.validate(data);
    if (errors.length > 0) {
      return this.failed({ zh: SHARE_TEXT['zh-CN'].landing.invalid(errors.length), en: SHARE_TEXT.en.landing.invalid(errors.length) }, errors);
    }
    this.scenario = data as Scenario;
    this.step = 'ready';
  }

  async add(): Promise<void> {
    if (!this.scenario) return;
    this.step = 'adding';
    try {
      const record = await addScenario(this.app.store, this.scenario, this.app.locale, 'share');
      this.app.notice = { zh: SHARE_TEXT['zh-CN'].landing.added(record.name), en: SHARE_TEXT.en.landing.added(record.name) };
      this.app.router.go({ page: 'scenario', id: record.id, tab: 'results' });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.failed(error instanceof StoreError ? { zh: error.zh, en: error.en } : { zh: detail, en: detail });
    }
  }
}
