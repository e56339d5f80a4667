/** Help: the Rules tab (政策规则). */
import { paramInForce } from '../helpFigures';
import { formatRate } from '../format';
import type { HelpPage } from './helpPage';

const page: HelpPage = {
  id: 'rules',
  part: 'views',
  order: 2,
  rules: ['GOV2020-3a', 'GOV2020-3b', 'GOV2020-4'],
  shots: ['rules.webp'],
  text: {
    'zh-CN': {
      title: '政策规则',
      purpose: '选择方案依据的政策规则集，查看每个参数的取值、单位、文件允许范围和出处，并在允许范围内为本方案覆盖个别取值。',
      controls: [
        ['政策规则集', '选择一套规则集（如南京 2007、国家 2020 年意见）；切换后全部测算按新规则集重做，规则集没有的参数不参与测算。'],
        ['依据文件', '规则集所依据文件的文号、发文机关和日期。'],
        ['规划期内取值', '参数在规划期各年的取值；文件在规划期中途生效或修订时分段列出。'],
        ['文件允许范围', '文件给出区间时（如每 300—400 户 1 人），覆盖值只能在此区间内。'],
        ['出处', '参数所依据的条款编号；点击可在侧栏阅读原文。'],
        ['本方案取值', '留空即按文件取值；填写后规划期每年都用此值，也可指定自某年起生效。“恢复原值”撤销覆盖。'],
        ['文件各条款在测算中的处理', '列出文件每一条款是已模拟、定性条款还是未模拟，以及原因。'],
      ],
      example: [
        '示例方案采用国家 2020 年的规则集。“人员配备”一组中，每名专职工作者对应户数取 {perWorker} 户，在 GOV2020-3a 规定的 300—400 户之间；每个城市社区至少 {minPerCommunity} 人。',
        '“薪酬”一组中，城市社区人员报酬市级承担比例为 {cityShare}，即 GOV2020-3b 规定的市、区（县）5:5 分担。',
        '“用房面积”一组中，已建城市社区最低 {minExisting} 平方米、新建城市社区最低 {minNew} 平方米，且每百户不少于 {perHundred} 平方米（GOV2020-4）。',
      ],
      mistakes: [
        '在规则中改动本应由实施方案决定的数字：招聘能力、预算、造价属于“实施方案”；这里只改文件规定的标准。',
        '覆盖值超出文件允许范围：输入框会拒绝并说明范围；确需突破时应另建规则集并注明依据。',
        '切换规则集后忘了检查目标：新规则集没有的条款，其目标会显示“规则集无此条款”。',
      ],
    },
    en: {
      title: 'Rules',
      purpose: "Pick the rule set the scenario follows, see each parameter's value, unit, the range its document allows and its source, and override single values for this scenario within that range.",
      controls: [
        ['Rule set', 'Pick a rule set (e.g. Nanjing 2007, the 2020 national opinion); switching reruns everything under it, and parameters it lacks take no part.'],
        ['Documents', "The documents' numbers, issuers and dates."],
        ['In force over the horizon', 'The value in each year of the horizon, in spans where a document takes effect or is revised mid-way.'],
        ['Range the document allows', 'Where the document gives a range (e.g. one worker per 300–400 households), an override must fall inside it.'],
        ['Source', 'The clause the parameter rests on; click to read it in the side panel.'],
        ['Value in this scenario', "Empty: the document's value. Filled: used every year of the horizon, or from a year you choose. “Reset” removes the override."],
        ['How each clause of the documents is treated', 'Whether each clause of the documents is modelled, qualitative or not modelled, and why.'],
      ],
      example: [
        'The demo follows the 2020 national rule set. Under “Staffing”, households per worker is {perWorker}, within GOV2020-3a\'s 300–400; each urban community has at least {minPerCommunity}.',
        'Under “Pay”, the city pays {cityShare} of urban community workers\' pay: GOV2020-3b\'s 5:5 split between city and district.',
        'Under “Floor space”, an existing urban community needs at least {minExisting} m², a new one at least {minNew} m², and never less than {perHundred} m² per 100 households (GOV2020-4).',
      ],
      mistakes: [
        'Changing here what the plan decides: hiring capacity, budgets and building costs belong on the Plan tab; here only the standards the documents set.',
        'An override outside the allowed range: the field refuses it and says the range; to go beyond, author a rule set of your own and cite why.',
        'Not checking the targets after switching rule sets: a target on a clause the new set lacks shows “not in the rule set”.',
      ],
    },
  },
  figures: (ctx) => ({
    perWorker: String(paramInForce(ctx, 'staffing.householdsPerWorker')),
    minPerCommunity: String(paramInForce(ctx, 'staffing.minPerCommunity')),
    cityShare: formatRate(paramInForce(ctx, 'pay.cityShare'), ctx.locale),
    minExisting: String(paramInForce(ctx, 'space.minUrbanExisting')),
    minNew: String(paramInForce(ctx, 'space.minUrbanNew')),
    perHundred: String(paramInForce(ctx, 'space.perHundredHouseholds')),
  }),
};

export default page;
