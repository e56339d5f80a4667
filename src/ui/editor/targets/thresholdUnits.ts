/**
 * How a threshold is shown and typed: shares in %, money in 万元 (stored in yuan), people and m² as
 * they are; and which way the comparison goes.
 */
import type { MetricUnit } from '../../../engine/metrics';
import { YUAN_PER_WAN } from '../../../registry';

/** shown = stored × scale */
export function thresholdScale(unit: MetricUnit): number {
  switch (unit) {
    case 'share':
      return 100;
    case 'yuan':
      return 1 / YUAN_PER_WAN;
    case 'person':
    case 'm2':
    case 'household':
    case 'count':
      return 1;
  }
}

export function comparison(better: 'higher' | 'lower'): '≥' | '≤' {
  return better === 'higher' ? '≥' : '≤';
}

/**
 * A metric's name without the unit it ends with ("专职工作者缺口（人）" → "专职工作者缺口"): the
 * threshold beside it names the unit it is typed in, which for money is 万元, not the yuan stored.
 */
export function metricName(label: string): string {
  return label.replace(/\s*(（[^（）]*）|\([^()]*\))$/, '');
}
