/**
 * Tick labels with as many decimals as the tick step needs: an axis from 57% to 59% in steps of 0.5
 * reads 57.0, 57.5, 58.0 rather than 57, 58, 58; float dust never shows (0.1 + 0.2 reads 0.3) and zero
 * never prints as "−0". Small panels use compact labels (zh "2.5万", en "25K").
 */
import { precisionFixed } from 'd3';

export function tickFormat(ticks: readonly number[], locale: string, compact = false): (value: number) => string {
  if (compact) {
    const c = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    return (value) => c.format(value);
  }
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  const digits = step > 0 && Number.isFinite(step) ? Math.min(6, precisionFixed(step)) : 0;
  const f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (value) => f.format(Math.abs(value) < step * 1e-9 ? 0 : value);
}
