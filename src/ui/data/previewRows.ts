/**
 * The import preview as plain rows: counts per level before and after, the levels kept from the
 * current city, and every problem with where it is, in the reader's language.
 */
import type { DataMessages } from '../../i18n/data';
import { pathWords } from '../../io/fieldWords';
import type { SheetLevel } from '../../registry';
import type { ImportProblem } from '../../io/tabular/grid';
import type { ImportOutcome, LevelCounts } from '../../io/tabular/importCity';
import type { ValidationError } from '../../io/validationError';

export interface CountRow {
  level: string;
  after: number | null;
  before: number;
}

const COUNTED: readonly (keyof LevelCounts)[] = ['districts', 'streets', 'communities', 'facilities'];

export function countRows(outcome: ImportOutcome, m: DataMessages): CountRow[] {
  return COUNTED.map((key) => ({ level: m.level[key], after: outcome.counts?.[key] ?? null, before: outcome.before[key] }));
}

/** "区（县）、街道（乡镇）" — the kept levels worth mentioning (the city's own fields always are, so not those). */
export function keptText(kept: readonly SheetLevel[], m: DataMessages, locale: 'zh' | 'en'): string | null {
  const named = kept.filter((l) => l !== 'city' && l !== 'networkEdges').map((l) => m.level[l]);
  if (named.length === 0) return null;
  return m.preview.kept(named.join(locale === 'zh' ? '、' : ', '));
}

export interface ProblemRow {
  sheet: string;
  row: string;
  column: string;
  message: string;
}

const DASH = '—';

/**
 * How many entries of a list the preview shows. A file with a million bad lines gave two million
 * problems, and a table of them all froze the page for minutes; the first few hundred already tell
 * the user what to fix, and the rest are counted.
 */
export const SHOWN = 300;

export function firstFew<T>(items: readonly T[]): { shown: T[]; rest: number } {
  return { shown: items.slice(0, SHOWN), rest: Math.max(0, items.length - SHOWN) };
}

export function problemRows(problems: readonly ImportProblem[], lang: 'zh' | 'en', m: DataMessages): ProblemRow[] {
  return problems.map((p) => ({
    sheet: p.sheet ?? (p.path ? m.problem.notInFile : DASH),
    row: p.row === null ? DASH : String(p.row),
    column: p.column ?? (p.path ? pathWords(p.path)[lang] : DASH),
    message: p[lang],
  }));
}

export function elsewhereRows(errors: readonly ValidationError[], lang: 'zh' | 'en'): { path: string; message: string }[] {
  return errors.map((e) => ({ path: pathWords(e.path)[lang], message: e[lang] }));
}
