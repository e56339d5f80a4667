/**
 * What the page says when a call fails: a worker that could not load or crashed, a storage problem in
 * the user's language, or else the error's own message.
 */
import type { Text } from '../../engine/ruleSet';
import { SHELL } from '../../i18n/shell';
import { StoreError } from '../../store/scenarioStore';
import { CancelledError, WorkerFailedError } from './bridge';

export function problemText(error: unknown): Text {
  if (error instanceof WorkerFailedError) return { zh: SHELL['zh-CN'].workerFailed, en: SHELL.en.workerFailed };
  if (error instanceof StoreError) return { zh: error.zh, en: error.en };
  const text = error instanceof Error ? error.message : String(error);
  return { zh: text, en: text };
}

/** How a call that gave no answer ended: cancelled (stopped or superseded), or failed, with what to say. */
export function endOf(error: unknown): { status: 'cancelled' | 'failed'; message: Text } {
  return { status: error instanceof CancelledError ? 'cancelled' : 'failed', message: problemText(error) };
}
