/** A fan chart's bands and median as SVG paths, from the quantiles per year in shown units. */
import { area, line } from 'd3';
import type { FanSeries } from '../../../engine/uncertainty/summariseDraws';
import { toShown } from '../../charts/units';

export interface FanPoint {
  year: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/** Years with every quantile known, in shown units (万元, %, people, m²). */
export function fanPoints(fan: FanSeries, years: readonly number[]): FanPoint[] {
  return fan.years.flatMap((f, y) => {
    const p = { year: years[y], p5: toShown(f.p5, fan.unit), p25: toShown(f.p25, fan.unit), p50: toShown(f.p50, fan.unit), p75: toShown(f.p75, fan.unit), p95: toShown(f.p95, fan.unit) };
    return [p.p5, p.p25, p.p50, p.p75, p.p95].every(Number.isFinite) ? [p] : [];
  });
}

export function fanPaths(points: readonly FanPoint[], x: (year: number) => number, y: (v: number) => number): { outer: string; inner: string; median: string } {
  const band = (lo: keyof FanPoint, hi: keyof FanPoint) =>
    area<FanPoint>()
      .x((p) => x(p.year))
      .y0((p) => y(p[lo]))
      .y1((p) => y(p[hi]))(points) ?? '';
  return {
    outer: band('p5', 'p95'),
    inner: band('p25', 'p75'),
    median: line<FanPoint>().x((p) => x(p.year)).y((p) => y(p.p50))(points) ?? '',
  };
}
