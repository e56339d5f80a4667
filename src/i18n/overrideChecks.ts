/** What the checks of a scenario's own parameter values say: which parameter, which year, which district. */
import type { Name } from '../registry';

/** Where a value sits: "参数 pay.cityShare（自 2028 年起）" / "parameter pay.cityShare (from 2028)". */
function where(key: string, from: number | 'all', district?: string): Name {
  const zhWhen = from === 'all' ? '' : `（自 ${from} 年起）`;
  const enWhen = from === 'all' ? '' : ` (from ${from})`;
  return {
    zh: `${district ? `${district} 区的` : ''}参数 ${key}${zhWhen}`,
    en: `parameter ${key}${enWhen}${district ? ` in district ${district}` : ''}`,
  };
}

export const OVERRIDE_CHECK = {
  /** a range or unit message about one dated value, prefixed with the parameter, year and district */
  at: (key: string, from: number | 'all', district: string | undefined, m: Name): Name => {
    const w = where(key, from, district);
    return { zh: `${w.zh}：${m.zh}`, en: `${w.en}: ${m.en}` };
  },
  yearOutside: (key: string, year: string, first: number, last: number, district?: string): Name => {
    const w = where(key, 'all', district);
    return {
      zh: `${w.zh} 的生效年份 ${year} 不在规划期 ${first}–${last} 内；请填规划期内的四位数年份`,
      en: `${w.en} takes effect in ${year}, outside the horizon ${first}–${last}; give a four-digit year inside it`,
    };
  },
  noDates: (key: string): Name => ({
    zh: `参数 ${key} 的分年取值为空；请至少给出一个年份，或改为一个各年适用的数`,
    en: `parameter ${key} has no dated values; give at least one year, or one number for every year`,
  }),
  unknownDistrict: (key: string, id: string, known: Name): Name => ({
    zh: `参数 ${key} 的区（县）编号“${id}”在城市中不存在；可选：${known.zh}`,
    en: `parameter ${key} names district "${id}", which the city lacks; choose one of ${known.en}`,
  }),
};
