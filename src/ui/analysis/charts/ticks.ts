/**
 * Tick labels with as many decimals as the tick step needs: an axis from 57% to 59% in steps of 0.5
 * reads 57.0, 57.5, 58.0 rather than 57, 58, 58. Zero never prints as "−0".
 */
import { precisionFixed } from 'd3';

export function tickFormatter(ticks: readonly number[], locale: string): (value: number) => string {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  const digits = step > 0 && Number.isFinite(step) ? Math.min(6, precisionFixed(step)) : 0;
  const f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (value) => f.format(Math.abs(value) < step * 1e-9 ? 0 : value);
}
