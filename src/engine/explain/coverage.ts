/** A life-circle share explains itself: covered residents over residents, and the walk behind the reach. */
import type { CoverageKey } from '../coverage/types';
import type { Projection } from '../projection';
import { num } from './format';
import type { Explanation } from './types';

const KEY_LABEL: Record<CoverageKey, { zh: string; en: string }> = {
  market: { zh: '便民市场', en: 'convenience market' },
  sports: { zh: '运动场地', en: 'sports ground' },
  culture: { zh: '文化活动中心', en: 'cultural activity centre' },
  service: { zh: '社区服务中心', en: 'community service centre' },
  medical: { zh: '医疗服务机构', en: 'medical service facility' },
  elderly: { zh: '居家养老服务站', en: 'home-care station for the elderly' },
  health: { zh: '社区卫生服务站', en: 'community health station' },
  all5: { zh: '五类生活圈设施', en: 'all five life-circle facilities' },
};

/** district: a district number, or −1 for the city. */
export function explainCoverage(p: Projection, path: string, key: CoverageKey, y: number, district: number): Explanation {
  const c = p.coverage;
  if (!c) throw new Error(`explain("${path}"): the scenario has no spatial data (city.spatial)`);
  const f = district < 0 ? c.city[key] : c.byDistrict[district][key];
  const scope = district < 0 ? null : p.entities.name[p.nCommunities + p.nStreets + district];
  const { minutes, speedMetresPerMinute: speed, detourFactor } = c.walk;
  const reach =
    c.mode === 'network'
      ? `${num(minutes)} × ${num(speed)} = ${num(c.reach)} m (network)`
      : `${num(minutes)} × ${num(speed)} / ${num(detourFactor)} = ${num(c.reach)} m`;
  const share = f.residentShare[y];
  const what = KEY_LABEL[key];
  return {
    path,
    label: {
      zh: `${scope ? `${scope}：` : ''}步行 ${num(minutes)} 分钟可达${what.zh}的居民比例（${p.years[y]}）`,
      en: `${scope ? `${scope}: ` : ''}residents within a ${num(minutes)}-minute walk of ${key === 'all5' ? what.en : `a ${what.en}`} (${p.years[y]})`,
    },
    value: share ?? 0,
    unit: 'share',
    formula: share === null ? `0 residents; reach ${reach}` : `${num(f.coveredResidents[y])} / ${num(f.residents[y])} = ${num(share * 100)}%; reach ${reach}`,
    inputs: [
      { label: { zh: '可达居民', en: 'residents within reach' }, value: f.coveredResidents[y], unit: 'person' },
      { label: { zh: '居民', en: 'residents' }, value: f.residents[y], unit: 'person' },
    ],
    rules: key === 'elderly' ? ['NT2011-4'] : ['GOV2020-4b'],
  };
}
