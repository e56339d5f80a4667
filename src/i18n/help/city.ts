/** Help: the City tab (城市). */
import { cityCounts, paramInForce } from '../helpFigures';
import type { HelpPage } from './helpPage';

const page: HelpPage = {
  id: 'city',
  part: 'views',
  order: 1,
  rules: ['GOV2020-2a', 'GOV2020-3a', 'GOV2020-4'],
  shots: ['city.webp'],
  text: {
    'zh-CN': {
      title: '城市',
      purpose: '录入和核对城市的基础数据：区（县）→ 街道（乡镇）→ 社区三级，每个社区在基准年的户数、常住人口、户数增长、在岗专职工作者和用房。所有测算都从这里出发。',
      controls: [
        ['区（县）/ 街道（乡镇）筛选', '只显示所选区（县）或街道的社区；“全部区（县）”恢复全表。'],
        ['搜索社区', '按社区名称或编号查找。'],
        ['表格单元格', '每格可直接修改，回车或离开单元格即保存；输入超出合理范围时，单元格下方会说明允许的范围。分组行显示所辖社区的合计。'],
        ['社区类型', '已建城市社区、新建城市社区或农村社区；类型决定适用的最低用房面积和配备规定。'],
        ['户数年增长（%）', '基准年之后每年的户数增长率，决定规划期内应配人数和应有用房的增长。'],
        ['新增社区 / 新增区（县）/ ＋街道', '在所选位置增加一行；删除可用“撤销”恢复。'],
        ['估算标记', '带标记的数字是估算值而非实际数据；改成实际数字后标记自动消失。'],
      ],
      example: [
        '示例方案的城市有 {districts} 个区（县）、{streets} 个街道、{communities} 个社区，基准年合计 {households} 户。城市页顶部的计数与此一致。',
        '在“户数”列改动一个社区的户数，回到“测算结果”即可看到应配专职工作者和应有用房随之变化：按 GOV2020-3a，城市社区每 300—400 户配 1 名专职工作者（示例规则集取 {perWorker} 户）且不少于 {minPerCommunity} 人。',
      ],
      mistakes: [
        '保留估算户数不替换：估算值只是按同类社区推算，正式测算前应导入统计部门的实际户数。',
        '把常住人口填进“户数”列：户数以户计，常住人口以人计，两者相差约两到三倍，填错会使应配人数成倍偏差。',
        '用房面积填成占地面积：这里是办公和服务用房的建筑面积（平方米）。',
      ],
    },
    en: {
      title: 'City',
      purpose: "Enter and check the city's base data: districts → streets → communities, and for each community in the base year its households, residents, household growth, workers in post and floor space. Every projection starts here.",
      controls: [
        ['District / Street filters', 'Show only the communities of one district or street; “All districts” shows the whole table again.'],
        ['Search communities', 'Find a community by name or id.'],
        ['Table cells', 'Edit any cell; Enter or leaving the cell saves it. A value out of range is explained under the cell. Group rows show the totals of their communities.'],
        ['Community kind', 'Existing urban, new urban or rural; the kind decides the minimum floor space and staffing rules that apply.'],
        ['Household growth (%)', 'How fast households grow each year after the base year; it drives the growth of required workers and floor space.'],
        ['Add community / Add district / + Street', 'Add a row where selected; a removal can be undone.'],
        ['Estimate marks', 'A marked figure is an estimate, not real data; typing the real figure clears the mark.'],
      ],
      example: [
        "The demo city has {districts} districts, {streets} streets and {communities} communities, with {households} households in the base year. The count at the top of the City tab agrees.",
        'Change a community\'s households and go back to Results: the workers required and the floor space required move with it. Under GOV2020-3a an urban community has one worker per 300–400 households (the demo\'s rule set takes {perWorker}) and at least {minPerCommunity}.',
      ],
      mistakes: [
        'Keeping estimated households: an estimate is only inferred from similar communities; import the statistics office\'s real figures before a formal projection.',
        'Entering residents in the households column: households count homes, residents count people (two to three times as many), and the workers required would be off by as much.',
        "Entering the plot area as floor space: this is the built area of the office and service rooms, in m².",
      ],
    },
  },
  figures: (ctx) => ({
    ...cityCounts(ctx),
    perWorker: String(paramInForce(ctx, 'staffing.householdsPerWorker')),
    minPerCommunity: String(paramInForce(ctx, 'staffing.minPerCommunity')),
  }),
};

export default page;
