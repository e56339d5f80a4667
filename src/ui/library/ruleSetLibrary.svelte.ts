/**
 * The user's own rule sets on the library page: the list, the one being written (a deep-reactive
 * draft checked as it changes), import, export and delete. The store opens beside the scenario store.
 */
import type { AuthoredRuleSet } from '../../engine/ruleSet';
import { RULE_SET_LIBRARY } from '../../i18n/ruleSetLibrary';
import { validateRuleSet } from '../../io/validateRuleSet';
import type { ValidationError } from '../../io/validationError';
import { RuleSetStore, type RuleSetRecord } from '../../store/ruleSetStore';
import { StoreError } from '../../store/storeError';
import { download } from '../download';
import type { App } from '../state/app.svelte';
import { importRuleSet, ruleSetText, startRuleSet } from './ruleSetActions';

const stores = new WeakMap<App, Promise<RuleSetStore>>();

/** One rule-set store per page, on the scenario store's database. */
export function ruleSetStoreFor(app: App): Promise<RuleSetStore> {
  let store = stores.get(app);
  if (!store) stores.set(app, (store = RuleSetStore.open(app.store.name)));
  return store;
}

const both = (f: (t: (typeof RULE_SET_LIBRARY)['en']) => string) => ({ zh: f(RULE_SET_LIBRARY['zh-CN']), en: f(RULE_SET_LIBRARY.en) });

export class RuleSetLibrary {
  records = $state.raw<RuleSetRecord[]>([]);
  /** the record being written; its id is fixed once it has been saved */
  editing = $state<RuleSetRecord | null>(null);
  rejection = $state.raw<ValidationError[] | null>(null);
  readonly problems = $derived(this.editing ? checkDraft($state.snapshot(this.editing.ruleSet) as AuthoredRuleSet) : []);

  constructor(private readonly app: App) {}

  async refresh(): Promise<void> {
    await this.run(async (store) => void (this.records = await store.list()));
  }

  async start(from: string | null): Promise<void> {
    await this.run(async (store) => void (this.editing = await startRuleSet(store, from, RULE_SET_LIBRARY[this.app.locale].copyName)));
  }

  edit(id: string): void {
    const record = this.records.find((r) => r.id === id);
    this.editing = record ? structuredClone(record) : null;
  }

  /** A new set's id may still change; the record follows it. */
  setId(id: string): void {
    if (!this.editing || this.editing.revision) return;
    this.editing.id = id;
    this.editing.ruleSet.id = id;
  }

  async save(): Promise<void> {
    const draft = this.editing;
    if (!draft || this.problems.length > 0) return;
    await this.run(async (store) => {
      const saved = await store.save({ ...($state.snapshot(draft) as RuleSetRecord), updatedAt: Date.now() });
      this.editing = saved;
      this.app.notice = both((t) => t.saved(saved.id));
      this.records = await store.list();
    });
  }

  async remove(id: string): Promise<void> {
    await this.run(async (store) => {
      await store.remove(id);
      if (this.editing?.id === id) this.editing = null;
      this.app.notice = both((t) => t.removed(id));
      this.records = await store.list();
    });
  }

  exportOne(id: string): void {
    const record = this.records.find((r) => r.id === id);
    if (record) download(`${id}.json`, ruleSetText(record.ruleSet), 'application/json');
  }

  async importFile(file: File): Promise<void> {
    this.rejection = null;
    const text = await file.text();
    await this.run(async (store) => {
      const outcome = await importRuleSet(text, store);
      if (!outcome.ok) {
        this.rejection = outcome.errors;
        return;
      }
      this.app.notice = both((t) => t.imported(outcome.record.id));
      this.records = await store.list();
    });
  }

  private async run(f: (store: RuleSetStore) => Promise<void>): Promise<void> {
    try {
      await f(await ruleSetStoreFor(this.app));
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      this.app.notice = { zh: error.zh, en: error.en };
    }
  }
}

function checkDraft(set: AuthoredRuleSet): ValidationError[] {
  const result = validateRuleSet(set);
  return result.ok ? [] : result.errors;
}
