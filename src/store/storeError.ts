/** Storage failures, each with a message in both languages that says what to do. */
import type { ScenarioRecord } from './records';

export class StoreError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    override readonly cause?: unknown,
  ) {
    super(en);
  }
}

/** The browser's storage is full: the edit stays in memory and can still be exported. */
export class QuotaError extends StoreError {}

/** Another tab saved the scenario since this one read it; `current` is what is stored now (null if unreadable). */
export class RevisionConflict extends StoreError {
  constructor(readonly current: ScenarioRecord | null) {
    super('另一个标签页已保存了这个方案的更新版本，本页的修改没有覆盖它。', 'Another tab saved a newer version of this scenario; the edits here did not overwrite it.');
  }
}

/** The record a save started from is no longer stored: another tab deleted it (it may be in the trash). */
export class ScenarioDeleted extends StoreError {
  constructor() {
    super('这个方案已在另一个标签页中被删除，本页的修改没有把它重新建回。', 'This scenario was deleted in another tab; the edits here did not bring it back.');
  }
}

export const STORAGE_TEXT = {
  upgraded: {
    zh: '另一个标签页打开了新版本的沙盘，需要升级本机数据，本页已断开本机存储。请刷新本页后继续（已保存的内容不会丢失）。',
    en: 'Another tab opened a newer version of Shapan, which must upgrade the local data; this page has let go of local storage. Reload this page to go on (nothing saved is lost).',
  },
  blocked: {
    zh: '另一个标签页还在使用旧版本的沙盘，本机数据暂时无法升级。请关闭或刷新其他打开沙盘的标签页。',
    en: 'Another tab is still using an older version of Shapan, so the local data cannot be upgraded yet. Close or reload the other Shapan tabs.',
  },
} as const;

export function storeError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return new QuotaError(
      '浏览器存储空间已满，这次修改未能保存到本机，但仍保留在本页中。请先导出方案文件，再删除不用的方案后重试。',
      'Browser storage is full: this edit was not saved locally but is still on this page. Export the scenario first, then delete scenarios you no longer need and try again.',
      error,
    );
  }
  // The one way a working connection becomes invalid here: it was closed for another tab's upgrade.
  if (error instanceof DOMException && error.name === 'InvalidStateError') {
    return new StoreError(STORAGE_TEXT.upgraded.zh, STORAGE_TEXT.upgraded.en, error);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError(`本地存储出错：${detail}`, `Local storage failed: ${detail}`, error);
}

export async function guard<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (error) {
    throw storeError(error);
  }
}
