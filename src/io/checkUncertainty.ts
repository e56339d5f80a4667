/**
 * Checks on the uncertainty block beyond its shape: each distribution's parameters in order, the
 * values it can draw within what the input allows (src/engine/uncertainty/inputs.ts), and at most
 * one input per thing perturbed.
 */
import type { Distribution, Scenario } from '../engine/scenario';
import { INPUT_SPECS, inputKey } from '../engine/uncertainty/inputs';
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
      report(
        [...path, 'what'],
        `“${key}”已在 inputs[${first}] 中设定；每个扰动对象只能有一个分布`,
        `"${key}" is already perturbed by inputs[${first}]; give each thing one distribution`,
      );
    } else seen.set(key, i);
    checkDistribution([...path, 'distribution'], input.distribution, INPUT_SPECS[input.what].range, report);
  });
}

function checkDistribution(path: PathSegment[], d: Distribution, [lo, hi]: [number, number], report: Report): void {
  const within = (field: string, v: number | undefined) => {
    if (v === undefined || (v >= lo && v <= hi)) return true;
    report([...path, field], `应在 ${lo} 到 ${hi} 之间（此输入允许的取值），实际为 ${v}`, `must be from ${lo} to ${hi} (what this input allows), got ${v}`);
    return false;
  };
  switch (d.kind) {
    case 'normal': {
      const ok = [within('mean', d.mean), within('min', d.min), within('max', d.max)].every(Boolean);
      if (!ok) return;
      if (d.min !== undefined && d.max !== undefined && d.min >= d.max) {
        report([...path, 'max'], `上限应大于下限 ${d.min}，实际为 ${d.max}`, `must be greater than the lower bound ${d.min}, got ${d.max}`);
        return;
      }
      const reachLo = d.mean - TRUNCATION_SDS * d.sd;
      const reachHi = d.mean + TRUNCATION_SDS * d.sd;
      const [a, b] = [d.min ?? -Infinity, d.max ?? Infinity];
      if (b < reachLo || a > reachHi) {
        report(
          path,
          `上下限 [${d.min ?? '-∞'}, ${d.max ?? '∞'}] 离均值 ${d.mean} 超过 ${TRUNCATION_SDS} 个标准差，几乎没有可抽取的值；请让上下限包含均值附近`,
          `the bounds [${d.min ?? '-∞'}, ${d.max ?? '∞'}] lie more than ${TRUNCATION_SDS} standard deviations from the mean ${d.mean}, leaving almost nothing to draw; let them take in values near the mean`,
        );
      }
      return;
    }
    case 'triangular': {
      if (![within('min', d.min), within('mode', d.mode), within('max', d.max)].every(Boolean)) return;
      if (d.min >= d.max) {
        report([...path, 'max'], `最大值应大于最小值 ${d.min}，实际为 ${d.max}`, `must be greater than the minimum ${d.min}, got ${d.max}`);
      } else if (d.mode < d.min || d.mode > d.max) {
        report([...path, 'mode'], `最可能值应在 ${d.min} 到 ${d.max} 之间，实际为 ${d.mode}`, `must be from the minimum ${d.min} to the maximum ${d.max}, got ${d.mode}`);
      }
      return;
    }
    case 'uniform': {
      if (![within('min', d.min), within('max', d.max)].every(Boolean)) return;
      if (d.min >= d.max) {
        report([...path, 'max'], `最大值应大于最小值 ${d.min}，实际为 ${d.max}`, `must be greater than the minimum ${d.min}, got ${d.max}`);
      }
    }
  }
}
