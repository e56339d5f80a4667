/** Help: the life-circle map (生活圈地图). */
import { formatShare } from '../format';
import { demoView, prefixed, verdictCells } from '../helpFigures';
import type { HelpPage } from './helpPage';

const page: HelpPage = {
  id: 'map',
  part: 'views',
  order: 6,
  rules: ['GOV2020-4b'],
  shots: ['map.webp'],
  text: {
    'zh-CN': {
      title: '生活圈地图',
      purpose: '在地图上查看 15 分钟生活圈：哪些居民步行可达各类设施、哪些社区尚未覆盖，并为新设施建议选址。',
      controls: [
        ['年份', '查看规划期内某一年的覆盖情况；规划中的设施在开业年份之前显示为空心。'],
        ['网格显示', '选择一类设施或“五类生活圈设施”，人口网格按是否步行可达着色。'],
        ['图层', '人口网格、步行网络、社区、设施、区（县）界、建议选址，可分别开关。'],
        ['放大 / 缩小 / 全图', '也可在地图获得焦点后用方向键平移、+ / − 缩放、0 显示全图。'],
        ['覆盖表', '地图右侧按设施类型列出居民覆盖率、覆盖社区比例和未覆盖居民；点击数字查看计算过程。'],
        ['建议选址', '选择设施类型和数量，程序在仍不可达的人口网格中逐处选出新增覆盖居民最多的位置；“加入方案”把它们写入实施方案。'],
      ],
      example: [
        '示例方案 {year} 年五类生活圈设施的居民覆盖率为 {all5}，便民市场单项为 {market}。',
        '对应的目标“{lifeName}”（目标值 {lifeThreshold}）判定为{lifeVerdict}；制约因素写明：{lifeBinding}。',
        '在“建议选址”中选“五类生活圈设施”并运行，表中会列出每处新址新增覆盖的居民；加入方案后回到“测算结果”，覆盖率随之上升，设施的建设和运营费用计入出资方支出。',
      ],
      mistakes: [
        '把“合成数据（示意）”当成真实地点：示例方案的社区和设施位置由程序生成，实际使用前应导入 GeoJSON 定位。',
        '用直线距离的结果当作实际步行距离：没有步行网络时，程序按直线距离乘绕行系数估计，为上限估计。',
        '忘记设施的开业年份：规划设施开业前不计入覆盖。',
      ],
    },
    en: {
      title: 'Life-circle map',
      purpose: 'See the 15-minute life circle on a map: which residents can walk to each kind of facility, which communities are not yet covered, and where new facilities would help most.',
      controls: [
        ['Year', 'Coverage in one year of the horizon; planned facilities show hollow before they open.'],
        ['Cells show', 'Pick one facility type or all five; population cells are coloured by whether they are within the walk.'],
        ['Layers', 'Population cells, walking network, communities, facilities, district borders and suggested sites, each on or off.'],
        ['Zoom in / Zoom out / Whole city', 'With the map focused, arrow keys pan, + / − zoom and 0 shows the whole map.'],
        ['Coverage table', 'Beside the map, per facility type: residents within reach, communities covered and residents out of reach; click a figure for its explanation.'],
        ['Suggested sites', 'Pick a facility type and a count; the sites that bring the most residents newly within reach are chosen one by one. “Add to plan” writes them into the plan.'],
      ],
      example: [
        'In {year} the demo has {all5} of residents within reach of all five life-circle facilities, and {market} within reach of a convenience market.',
        'The matching target “{lifeName}” (threshold {lifeThreshold}) is {lifeVerdict}; what binds reads: {lifeBinding}.',
        'Under “Suggested sites” pick all five types and run: the table lists the residents each new site brings within reach. Add them to the plan and go back to Results: coverage rises, and the facilities\' building and running costs join their payer\'s spending.',
      ],
      mistakes: [
        'Taking “synthetic data” for real places: the demo\'s communities and facilities are placed by the program; import GeoJSON to locate a real city.',
        'Reading straight-line reach as a real walk: without a walking network, reach is the straight line divided by a detour factor, an upper bound.',
        'Forgetting opening years: a planned facility counts only from the year it opens.',
      ],
    },
  },
  figures: (ctx) => {
    const coverage = demoView(ctx).coverage;
    const last = ctx.scenario.horizon.lastYear - ctx.scenario.horizon.firstYear;
    const share = (v: number | null | undefined) => (typeof v === 'number' ? formatShare(v, ctx.locale) : '—');
    return {
      year: String(ctx.scenario.horizon.lastYear),
      all5: share(coverage?.city.all5[last]),
      market: share(coverage?.city.market[last]),
      ...prefixed('life', verdictCells(ctx, 'life-circle-2030')),
    };
  },
};

export default page;
