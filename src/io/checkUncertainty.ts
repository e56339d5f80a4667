/**
 * Checks on the uncertainty block beyond its shape: each distribution's parameters in order, the
 * values it can draw within what the input allows (src/engine/uncertainty/inputs.ts), and at most
 * one input per thing perturbed.
 */
import type { Distribution, Scenario } from '../engine/scenario';
import { INPUT_SPECS, inputKey } from '../engine/uncertainty/inputs';
import { both, UNCERTAINTY_CHECK as SAY } from '../i18n/checks';
import type { PathSegment } from './validationError';

type Report = (path: readonly PathSegment[], zh: string, en: string) => void;

/** A normal truncated to bounds farther than this many standard deviations from its mean has almost nothing left to draw from. */
const TRUNCATION_SDS = 4;

export function checkUncertainty(s: Scenario, report: Report): void {
  const inputs = s.uncertainty?.inputs ?? [];
  const seen = new Map<string, number>();
  inputs.forEach((input, i) => {
    const path = ['uncertainty', 'inputs', i];
    const key = inputKey(input);
    const first = seen.get(key);
    if (first !== undefined) {
      report([...path, 'what'], ...both(SAY.perturbedTwice(key, first)));
    } else seen.set(key, i);
    checkDistribution([...path, 'distribution'], input.distribution, INPUT_SPECS[input.what].range, report);
  });
}

function checkDistribution(path: PathSegment[], d: Distribution, [lo, hi]: [number, number], report: Report): void {
  const within = (field: string, v: number | undefined) => {
    if (v === undefined || (v >= lo && v <= hi)) return true;
    report([...path, field], ...both(SAY.outsideInput(lo, hi, v)));
    return false;
  };
  switch (d.kind) {
    case 'normal': {
      const ok = [within('mean', d.mean), within('min', d.min), within('max', d.max)].every(Boolean);
      if (!ok) return;
      if (d.min !== undefined && d.max !== undefined && d.min >= d.max) {
        report([...path, 'max'], ...both(SAY.upperOverLower(d.min, d.max)));
        return;
      }
      const reachLo = d.mean - TRUNCATION_SDS * d.sd;
      const reachHi = d.mean + TRUNCATION_SDS * d.sd;
      const [a, b] = [d.min ?? -Infinity, d.max ?? Infinity];
      if (b < reachLo || a > reachHi) {
        report(path, ...both(SAY.boundsFarFromMean(String(d.min ?? '-∞'), String(d.max ?? '∞'), d.mean, TRUNCATION_SDS)));
      }
      return;
    }
    case 'triangular': {
      if (![within('min', d.min), within('mode', d.mode), within('max', d.max)].every(Boolean)) return;
      if (d.min >= d.max) {
        report([...path, 'max'], ...both(SAY.maxOverMin(d.min, d.max)));
      } else if (d.mode < d.min || d.mode > d.max) {
        report([...path, 'mode'], ...both(SAY.modeWithin(d.min, d.max, d.mode)));
      }
      return;
    }
    case 'uniform': {
      if (![within('min', d.min), within('max', d.max)].every(Boolean)) return;
      if (d.min >= d.max) {
        report([...path, 'max'], ...both(SAY.maxOverMin(d.min, d.max)));
      }
    }
  }
}
