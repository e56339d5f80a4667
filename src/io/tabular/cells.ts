/**
 * One cell to the value the scenario holds: numbers as numbers ("1,234" → 1234; "12.5%" → 0.125 in a
 * per-cent column), 万元 to yuan, choices by code or by name, coordinates from JSON. A cell that cannot
 * be read gives a problem in both languages instead; a blank cell gives nothing, so the validator can
 * say the field is missing where the scenario needs it.
 */
import { both, DATA } from '../../i18n/data';
import { wanToYuan, yuanToWan } from '../../registry';
import type { Choice, ColumnSpec } from './columns';
import { unguardText } from '../formulaGuard';
import { readTypedNumber } from '../typedNumber';
import { normalize } from './headers';
import { isBlank, isShare, type Raw } from './grid';

export type CellResult = { ok: true; value: unknown } | { ok: false; zh: string; en: string };

const BLANK: CellResult = { ok: true, value: undefined };

/** Fifteen significant digits drop the binary dust of a unit change (0.29 / 100 → 0.0029, not 0.0029000000000000002). */
function clean(x: number): number {
  return Number(x.toPrecision(15));
}

function fail(message: { zh: string; en: string }): CellResult {
  return { ok: false, ...message };
}

/** A number from any cell, with the per-cent sign noted; text is read as a person types it (src/io/typedNumber.ts). */
function readNumber(raw: Raw, percentColumn: boolean, wanColumn = false): CellResult {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail(both((m) => m.problem.notFinite(String(raw))));
    return { ok: true, value: percentColumn ? clean(raw / 100) : raw };
  }
  if (isShare(raw)) {
    if (!Number.isFinite(raw.share)) return fail(both((m) => m.problem.notFinite(String(raw.share))));
    // A cell formatted as a percentage already holds the share; in a plain column it is still that number.
    return { ok: true, value: percentColumn ? raw.share : clean(raw.share * 100) };
  }
  if (typeof raw === 'boolean') return fail(both((m) => m.problem.boolean(raw)));
  if (raw instanceof Date) return fail(both((m) => m.problem.date));
  const text = String(raw);
  const trimmed = text.normalize('NFKC').trim();
  const hasPercent = trimmed.endsWith('%');
  if (hasPercent && !percentColumn) return fail(both((m) => m.problem.notPercentColumn(text)));
  const n = readTypedNumber(trimmed, percentColumn ? 'percent' : wanColumn ? 'wan' : 'plain');
  // Digits past a double's range (1e999) are a number too big, not text.
  if (n === null) return fail(both((m) => (/^[+-]?[\d.]/.test(trimmed) && Math.abs(Number(trimmed)) === Infinity ? m.problem.notFinite(text) : m.problem.notNumber(text))));
  return { ok: true, value: percentColumn ? clean(n / 100) : n };
}

function readText(raw: Raw): CellResult {
  if (typeof raw === 'string') return { ok: true, value: unguardText(raw).trim() };
  if (typeof raw === 'number') return { ok: true, value: String(raw) };
  if (typeof raw === 'boolean') return fail(both((m) => m.problem.boolean(raw)));
  if (raw instanceof Date) return fail(both((m) => m.problem.date));
  return { ok: true, value: String(isShare(raw) ? raw.share : raw) };
}

function allowedList(choices: readonly Choice[]): { zh: string; en: string } {
  return { zh: choices.map((c) => c.zh).join('、'), en: choices.map((c) => c.en).join(', ') };
}

function readChoice(raw: Raw, choices: readonly Choice[]): CellResult {
  const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : isShare(raw) ? String(raw.share) : null;
  if (text !== null) {
    const n = normalize(text);
    const found = choices.find((c) => [String(c.value), c.zh, c.en].some((name) => normalize(name) === n));
    if (found) return { ok: true, value: found.value };
  }
  const shown = text ?? (raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw));
  const allowed = allowedList(choices);
  return fail({ zh: DATA['zh-CN'].problem.choice(allowed.zh, shown), en: DATA.en.problem.choice(allowed.en, shown) });
}

function readJson(raw: Raw): CellResult {
  if (typeof raw !== 'string') return fail(both((m) => m.problem.badJson(String(raw))));
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(both((m) => m.problem.badJson(detail)));
  }
}

export function readCell(raw: Raw | undefined, column: ColumnSpec): CellResult {
  if (raw === undefined || isBlank(raw)) return BLANK;
  switch (column.type) {
    case 'text':
      return readText(raw);
    case 'int':
    case 'number':
      return readNumber(raw, false);
    case 'percent':
      return readNumber(raw, true);
    case 'wan': {
      const n = readNumber(raw, false, true);
      return n.ok ? { ok: true, value: clean(wanToYuan(n.value as number)) } : n;
    }
    case 'choice':
      return readChoice(raw, column.choices ?? []);
    case 'json':
      return readJson(raw);
  }
}

/** The value to write in a cell for a scenario value: the inverse of readCell, so a city survives the round trip. */
export function writeCell(value: unknown, column: ColumnSpec): Raw {
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case 'percent':
      return typeof value === 'number' ? { share: value } : String(value);
    case 'wan':
      return typeof value === 'number' ? clean(yuanToWan(value)) : String(value);
    case 'choice': {
      const found = column.choices?.find((c) => c.value === value);
      return found ? (typeof found.value === 'number' ? found.value : found.zh) : String(value);
    }
    case 'json':
      return JSON.stringify(value);
    default:
      return typeof value === 'number' || typeof value === 'string' ? value : String(value);
  }
}
