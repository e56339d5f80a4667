/**
 * The goal seek's sampled points as a small chart and its table: lever value (in the lever's unit)
 * against the target's value, or against the probability when seeking one.
 */
import { metricById } from '../../../engine/metrics';
import { ANALYSIS } from '../../../i18n/analysis';
import type { Locale } from '../../../i18n/messages';
import type { TableData } from '../../charts/table';
import { cell, unitText, type ValueUnit } from '../../charts/units';
import type { SeekAnswer } from './goalSeek.svelte';
import { shownValue } from './levers';

export interface SketchPoint {
  x: number;
  /** in shown units; null where the target had no value */
  y: number | null;
  met: boolean;
}

/** The unit of the vertical axis: a probability is a share. */
export function outcomeUnit(a: SeekAnswer): ValueUnit {
  if (a.probability !== undefined) return 'share';
  const target = a.scenario.targets.find((t) => t.id === a.targetId);
  return metricById(target?.metric ?? '')?.unit ?? 'person';
}

export function sketchPoints(a: SeekAnswer): SketchPoint[] {
  const unit = outcomeUnit(a);
  return a.result.samples.map((s) => ({ x: shownValue(a.choice, s.value), y: s.outcome === null ? null : cell(s.outcome, unit), met: s.met }));
}

/** Where the target is met, in shown units: the threshold, or the probability sought. */
export function sketchThreshold(a: SeekAnswer): number | null {
  if (a.probability !== undefined) return cell(a.probability, 'share');
  const target = a.scenario.targets.find((t) => t.id === a.targetId);
  return target ? cell(target.threshold, outcomeUnit(a)) : null;
}

export function sketchTable(a: SeekAnswer, leverUnit: string, locale: Locale): TableData {
  const t = ANALYSIS[locale];
  const c = t.seek.sketchColumns;
  const unit = outcomeUnit(a);
  const yLabel = a.probability !== undefined ? c.probability : c.outcome;
  return {
    header: [t.withUnit(c.value, leverUnit), t.withUnit(yLabel, unitText(unit, locale)), c.met],
    rows: sketchPoints(a).map((p) => [p.x, p.y, p.met ? t.met : t.notMet]),
    keys: 1,
  };
}
