/**
 * Why each numeric field of a scenario stops where it does (src/io/fieldBounds.ts holds the numbers),
 * and the sentence for a value past its bound. Each bound is what a real city could need and no
 * more: a value past it is a typo or a wrong unit, and some such values made the engine run for
 * hours or never return.
 */
import type { Name } from '../registry';

export const BOUND_REASONS = {
  training: {
    zh: '岗前培训以周、月计，5 年已留足余地',
    en: 'pre-job training takes weeks or months; 5 years leaves room for the slowest',
  },
  leadTime: {
    zh: '社区用房从开工到交付一般 1–3 年，10 年已留足余地',
    en: 'community buildings take 1–3 years from start to use; 10 leaves room for the slowest',
  },
  area: {
    zh: '20,000 平方千米已大于东部任何一个区（县），社区远小于此',
    en: '20,000 km² is larger than any district or county in the eastern provinces; a community is far smaller',
  },
  coordinate: {
    zh: '平面坐标以城市内一点为原点，1,000 千米之外已不在同一城市',
    en: 'local coordinates start from a point in the city; 1,000 km away is no longer the same city',
  },
  households: {
    zh: '最大的社区也只有数万户，100 万户已留足余地',
    en: 'the largest communities hold tens of thousands of households; a million leaves ample room',
  },
  residents: {
    zh: '100 万户约合 300 万人，500 万人已留足余地',
    en: 'a million households is about 3 million people; 5 million leaves ample room',
  },
  staff: {
    zh: '一个社区或街道的工作者以百计，10,000 人已留足余地',
    en: 'a community or street employs staff by the hundred at most; 10,000 leaves ample room',
  },
  hiring: {
    zh: '全国约 12 万个城市社区、每社区约 9 人，年招聘 100 万人已超过全国所需',
    en: 'about 120,000 urban communities with some 9 staff each: a million hires a year is more than the whole country needs',
  },
  floorSpace: {
    zh: '1,000 万平方米用房已超过一座城市全部社区用房的总和',
    en: '10 million m² is more than all the community buildings of a whole city',
  },
  walk: {
    zh: '生活圈以步行 5–15 分钟计，步行 120 分钟、每分钟 1,000 米、绕行 10 倍都已远超实际',
    en: 'life circles count 5–15 minute walks; 120 minutes, 1,000 m a minute or a detour of 10 times are far past any real walk',
  },
  money: {
    zh: '1 万亿元（10¹² 元）已超过任何一座城市一年的全部一般公共预算',
    en: 'a trillion yuan (10¹² yuan) is more than any city’s whole general public budget for a year',
  },
  seed: {
    zh: '种子须是能精确表示的整数（不超过 2⁵³−1）',
    en: 'a seed must be an integer held exactly (at most 2⁵³−1)',
  },
} as const satisfies Record<string, Name>;

export type BoundReason = keyof typeof BOUND_REASONS;

/** "超过上限 10：…" — the value as found, the bound, and why. */
export function tooLarge(value: number, max: number, reason: BoundReason): Name {
  const shownMax = max.toLocaleString('en');
  return {
    zh: `${value} 超过上限 ${shownMax}：${BOUND_REASONS[reason].zh}`,
    en: `${value} is more than the most allowed, ${shownMax}: ${BOUND_REASONS[reason].en}`,
  };
}

export function tooSmall(value: number, min: number, reason: BoundReason): Name {
  const shownMin = min.toLocaleString('en');
  return {
    zh: `${value} 低于下限 ${shownMin}：${BOUND_REASONS[reason].zh}`,
    en: `${value} is less than the least allowed, ${shownMin}: ${BOUND_REASONS[reason].en}`,
  };
}
