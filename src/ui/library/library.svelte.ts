/**
 * The library page's state: the list, what is in progress, and the last problem. Every action goes
 * through attempt(), so a storage error is shown on the page, never lost in a console.
 */
import type { Scenario } from '../../engine/scenario';
import { bothLanguages, LIBRARY } from '../../i18n/library';
import type { DamagedRecord, ScenarioMeta } from '../../store/records';
import { StoreError } from '../../store/scenarioStore';
import { download } from '../download';
import type { ValidationError } from '../engineClient';
import type { App } from '../state/app.svelte';
import { fetchBuiltIn, type BuiltIn } from './builtIns';
import { exportFileName, exportText } from './exportFile';
import { addScenario, duplicateScenario, importScenario, renameScenario } from './libraryActions';

type Text = { zh: string; en: string };

/** Problems that kept a file (or a built-in scenario) out of the library. */
export interface Rejection {
  heading: Text;
  errors: ValidationError[];
}

/** A failure whose message is already written for the user. */
class ShownError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

function problemOf(error: unknown): Text {
  if (error instanceof StoreError) return { zh: error.zh, en: error.en };
  if (error instanceof ShownError) return error.text;
  const detail = error instanceof Error ? error.message : String(error);
  return bothLanguages((m) => m.failed(detail));
}

export class LibraryState {
  items = $state.raw<ScenarioMeta[] | null>(null);
  /** records that cannot be opened, listed apart so they never hide the others */
  damaged = $state.raw<DamagedRecord[]>([]);
  problem = $state.raw<Text | null>(null);
  rejection = $state.raw<Rejection | null>(null);
  /** what is under way: 'import', a built-in's key, or a row's id */
  busy = $state<string | null>(null);
  /** the row just added, to point it out */
  fresh = $state<string | null>(null);

  constructor(private readonly app: App) {}

  private get store() {
    return this.app.store;
  }

  /** Run an action, showing whatever goes wrong; true when it finished. */
  private async attempt(key: string, action: () => Promise<void>): Promise<boolean> {
    this.busy = key;
    this.problem = null;
    try {
      await action();
      return true;
    } catch (error) {
      this.problem = problemOf(error);
      return false;
    } finally {
      this.busy = null;
    }
  }

  async refresh(): Promise<void> {
    try {
      ({ items: this.items, damaged: this.damaged } = await this.store.survey());
    } catch (error) {
      // The list stays as it was (or unread): an empty table would say there are no scenarios.
      this.problem = problemOf(error);
    }
  }

  async importFile(file: File): Promise<void> {
    this.rejection = null;
    await this.attempt('import', async () => {
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new ShownError(bothLanguages((m) => m.import.unreadable(detail)));
      }
      const outcome = await importScenario(text, this.store, (data) => this.app.client.validate(data), this.app.locale);
      if (!outcome.ok) {
        this.rejection = { heading: bothLanguages((m) => m.import.rejected(file.name, outcome.errors.length)), errors: outcome.errors };
        return;
      }
      const name = outcome.record.name;
      this.fresh = outcome.record.id;
      this.app.notice = bothLanguages((m) => m.notice.imported(name));
      await this.refresh();
    });
  }

  async newFromBuiltIn(builtIn: BuiltIn): Promise<void> {
    this.rejection = null;
    await this.attempt(builtIn.key, async () => {
      let data: unknown;
      try {
        data = await fetchBuiltIn(builtIn);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new ShownError(bothLanguages((m) => m.builtIns.fetchFailed(detail)));
      }
      const errors = await this.app.client.validate(data);
      if (errors.length > 0) {
        const name = builtIn.name;
        this.rejection = { heading: { zh: LIBRARY['zh-CN'].builtIns.rejected(name.zh, errors.length), en: LIBRARY.en.builtIns.rejected(name.en, errors.length) }, errors };
        return;
      }
      const record = await addScenario(this.store, data as Scenario, this.app.locale, builtIn.key);
      this.app.router.go({ page: 'scenario', id: record.id, tab: 'plan' });
    });
  }

  async duplicate(meta: ScenarioMeta): Promise<void> {
    await this.attempt(meta.id, async () => {
      const copy = await duplicateScenario(this.store, meta.id, this.app.locale);
      this.fresh = copy.id;
      this.app.notice = bothLanguages((m) => m.notice.duplicated(copy.name));
      await this.refresh();
    });
  }

  /** True when saved, so the row can leave its editing state. */
  rename(meta: ScenarioMeta, name: string): Promise<boolean> {
    return this.attempt(meta.id, async () => {
      await renameScenario(this.store, meta.id, name);
      this.app.notice = bothLanguages((m) => m.notice.renamed(name));
      await this.refresh();
    });
  }

  async remove(meta: Pick<ScenarioMeta, 'id' | 'name'>): Promise<void> {
    await this.attempt(meta.id, async () => {
      await this.store.remove(meta.id);
      this.app.notice = { ...bothLanguages((m) => m.notice.deleted(meta.name)), undo: () => void this.restore(meta) };
      await this.refresh();
    });
  }

  private async restore(meta: Pick<ScenarioMeta, 'id' | 'name'>): Promise<void> {
    await this.attempt(meta.id, async () => {
      await this.store.restore(meta.id);
      this.fresh = meta.id;
      this.app.notice = bothLanguages((m) => m.notice.restored(meta.name));
      await this.refresh();
    });
  }

  /** The damaged record exactly as stored, for safe keeping or repair. */
  exportRaw(record: DamagedRecord): void {
    const file = exportFileName(record.name);
    download(file, `${JSON.stringify(record.raw, null, 2)}\n`, 'application/json;charset=utf-8');
    this.app.notice = bothLanguages((m) => m.notice.exported(file));
  }

  async exportOne(meta: ScenarioMeta): Promise<void> {
    await this.attempt(meta.id, async () => {
      const record = await this.store.load(meta.id);
      if (!record) throw new ShownError(bothLanguages((m) => m.missing));
      const file = exportFileName(record.name);
      download(file, exportText(record.scenario), 'application/json;charset=utf-8');
      this.app.notice = bothLanguages((m) => m.notice.exported(file));
    });
  }
}
