/**
 * How a lever's number is shown: shares in %, money in 万元 (the engine keeps yuan), small per-household
 * amounts and costs per m² in yuan, everything else as stored. The input edits the shown number; the
 * exercise keeps the engine's.
 */
import type { LeverUnit } from '../../engine/training/leverPaths';
import { LEVER_UNITS } from '../../i18n/training';
import type { Locale } from '../../i18n/messages';

export interface LeverDisplay {
  /** shown = stored × scale */
  scale: number;
  /** key into LEVER_UNITS */
  unit: string;
}

export function displayOf(unit: LeverUnit): LeverDisplay {
  switch (unit) {
    case 'share':
      return { scale: 100, unit: 'share' };
    case 'yuanPerYear':
      return { scale: 1e-4, unit: 'wanPerYear' };
    case 'yuan':
      return { scale: 1e-4, unit: 'wan' };
    case 'yuanPerPersonYear':
      return { scale: 1e-4, unit: 'wanPerPersonYear' };
    case 'yuanPerCommunityYear':
      return { scale: 1e-4, unit: 'wanPerCommunityYear' };
    case 'yuanPerCommunity':
      return { scale: 1e-4, unit: 'wanPerCommunity' };
    case 'yuanPerM2':
    case 'yuanPerHouseholdYear':
      return { scale: 1, unit };
    default:
      return { scale: 1, unit };
  }
}

/** Twelve significant digits drop the noise of scaling (0.07 × 100 = 7.000000000000001). */
export const toShown = (stored: number, d: LeverDisplay) => Number((stored * d.scale).toPrecision(12));
export const toStored = (shown: number, d: LeverDisplay) => Number((shown / d.scale).toPrecision(12));

export function unitLabel(d: LeverDisplay, locale: Locale): string {
  return LEVER_UNITS[locale][d.unit] ?? '';
}

/** "240 万元/年", "50%", "2027"; a facility list as its count. */
export function formatLever(value: number | string[] | null | undefined, unit: LeverUnit, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return String(value.length);
  const d = displayOf(unit);
  const shown = toShown(value, d);
  if (unit === 'year') return String(shown);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(shown);
  if (d.unit === 'share') return `${number}%`;
  const label = unitLabel(d, locale);
  return label ? `${number} ${label}` : number;
}

/** "0–500 万元/年", "0%–100%", "2026–2030": the unit once. */
export function formatRange(min: number, max: number, unit: LeverUnit, locale: Locale): string {
  if (unit === 'year') return `${min}–${max}`;
  const d = displayOf(unit);
  const n = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(toShown(v, d));
  if (d.unit === 'share') return `${n(min)}%–${n(max)}%`;
  const label = unitLabel(d, locale);
  return `${n(min)}–${n(max)}${label ? ` ${label}` : ''}`;
}
