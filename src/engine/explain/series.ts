/** A series value of one entity in one year: households, requirements, staff and space. */
import { LEVEL, type Projection, type SeriesName } from '../projection';
import { num } from './format';
import { SERIES_LABEL } from './labels';
import { paramAt, rulesFor } from './ruleRefs';
import type { Explanation, ExplainUnit } from './types';

const UNIT: Partial<Record<SeriesName, ExplainUnit>> = {
  households: 'household',
  newHouseholds: 'household',
  staffRequired: 'person',
  inPost: 'person',
  spaceRequired: 'm2',
  space: 'm2',
};

export const EXPLAINED_SERIES = Object.keys(UNIT) as SeriesName[];

export function explainSeries(p: Projection, path: string, e: number, y: number, name: SeriesName): Explanation {
  const n = p.nEntities;
  const i = y * n + e;
  const s = p.series;
  const value = s[name][i];
  const id = p.entities.id[e];
  const at = (what: string, yy = y) => `entity/${id}/${p.years[yy]}/${what}`;
  const level = p.entities.level[e];
  const label = { zh: `${p.entities.name[e]}：${SERIES_LABEL[name]!.zh}（${p.years[y]}）`, en: `${p.entities.name[e]}: ${SERIES_LABEL[name]!.en} (${p.years[y]})` };
  const base = { path, label, value, unit: UNIT[name]! };
  const prev = (series: 'inPost' | 'space') => (y === 0 ? p.base[series][e] : s[series][i - n]);
  switch (name) {
    case 'households':
    case 'newHouseholds': {
      if (level !== LEVEL.community) return { ...base, formula: `Σ communities = ${num(value)}`, inputs: [], rules: [] };
      const k = p.years[y] - p.baseYear;
      const capped = Number.isFinite(p.base.dwellings[e]) ? `min(${num(p.base.dwellings[e])}, ` : '(';
      const formula = name === 'households'
        ? `round${capped}${num(p.base.households[e])} × (1 + ${num(p.base.growth[e])})^${k}) = ${num(value)}`
        : `max(0, ${num(s.households[i])} − ${num(s.households[i] - value)}) = ${num(value)}`;
      return {
        ...base,
        formula,
        inputs: [
          { label: { zh: '基年户数', en: 'base-year households' }, value: p.base.households[e], unit: 'household' },
          { label: { zh: '年增长率', en: 'annual growth' }, value: p.base.growth[e], unit: 'rate' },
        ],
        rules: [],
      };
    }
    case 'staffRequired': {
      if (level === LEVEL.street) {
        const key = `staffing.streetPostsClass${p.entities.streetClass[e]}`;
        return { ...base, formula: `${num(value)}`, inputs: [{ label: { zh: '街道类别', en: 'street class' }, value: p.entities.streetClass[e], unit: 'person' }], rules: rulesFor(p, key) };
      }
      const per = paramAt(p, 'staffing.householdsPerWorker', y);
      const min = paramAt(p, 'staffing.minPerCommunity', y);
      const h = s.households[i];
      return {
        ...base,
        formula: s.established[i] === 0 ? `0` : `max(${num(min ?? 0)}, ⌈${num(h)} / ${per === null ? '—' : num(per)}⌉) = ${num(value)}`,
        inputs: [
          { label: { zh: '户数', en: 'households' }, value: h, unit: 'household', path: at('households') },
          { label: { zh: '每名工作者服务户数', en: 'households per worker' }, value: per, unit: 'household' },
          { label: { zh: '每社区最少人数', en: 'minimum per community' }, value: min, unit: 'person' },
        ],
        rules: rulesFor(p, 'staffing.householdsPerWorker', 'staffing.minPerCommunity'),
      };
    }
    case 'spaceRequired': {
      if (level !== LEVEL.community) {
        const key = level === LEVEL.street ? 'space.streetCentreMin' : 'space.districtCentreMin';
        return { ...base, formula: `${num(value)}`, inputs: [], rules: rulesFor(p, key) };
      }
      const minKey = ['space.minUrbanExisting', 'space.minUrbanNew', 'space.minRural'][p.entities.kind[e]];
      const min = paramAt(p, minKey, y);
      const per = paramAt(p, 'space.perHundredHouseholds', y);
      const h = s.households[i];
      return {
        ...base,
        formula: s.established[i] === 0 ? '0' : `max(${num(min ?? 0)}, ${num(per ?? 0)} × ${num(h)} / 100) = ${num(value)}`,
        inputs: [
          { label: { zh: '户数', en: 'households' }, value: h, unit: 'household', path: at('households') },
          { label: { zh: '最低面积', en: 'minimum floor space' }, value: min, unit: 'm2' },
          { label: { zh: '每百户面积', en: 'm² per 100 households' }, value: per, unit: 'm2' },
        ],
        rules: rulesFor(p, minKey, 'space.perHundredHouseholds'),
      };
    }
    case 'inPost': {
      const before = prev('inPost');
      return {
        ...base,
        formula: `${num(before)} − ${num(s.leavers[i])} + ${num(s.hires[i])} = ${num(value)}`,
        inputs: [
          { label: { zh: '上年在岗', en: 'in post the year before' }, value: before, unit: 'person', path: y > 0 ? at('inPost', y - 1) : undefined },
          { label: { zh: '离职', en: 'leavers' }, value: s.leavers[i], unit: 'person' },
          { label: { zh: '招聘', en: 'hires' }, value: s.hires[i], unit: 'person' },
        ],
        rules: rulesFor(p, 'staffing.householdsPerWorker'),
      };
    }
    default: {
      const before = prev('space');
      return {
        ...base,
        formula: `${num(before)} + ${num(s.spaceCompleted[i])} = ${num(value)}`,
        inputs: [
          { label: { zh: '上年面积', en: 'floor space the year before' }, value: before, unit: 'm2', path: y > 0 ? at('space', y - 1) : undefined },
          { label: { zh: '本年竣工', en: 'completed this year' }, value: s.spaceCompleted[i], unit: 'm2' },
        ],
        rules: [],
      };
    }
  }
}
