/** Help: goal seek — the least value of one lever that meets one target. */
import type { HelpPage } from './helpPage';
import { planFacts, verdictCounts } from './demo/readings';

const page: HelpPage = {
  id: 'analysis-goalseek',
  part: 'analysis',
  order: 2,
  shots: ['goalSeek.webp'],
  rules: ['GOV2020-3a', 'GOV2020-3b', 'GOV2020-4'],
  text: {
    'zh-CN': {
      title: '目标反推：至少要多少',
      purpose:
        '目标反推回答“某个调节参数至少要到多少，这个目标才能达成”：选一个目标和一个调节参数，程序在搜索范围内先均匀取样，确认目标随参数增大而改善，再二分求出达标的最小值。可以按方案确定地反推，也可以要求以一定概率达成。',
      controls: [
        ['目标', '要达成的目标，来自“目标”页。'],
        ['调节参数', '要反推的那一项，分人员、资金、政策参数（只在文件允许范围内）和设施几组。'],
        ['搜索范围（下限 / 上限）', '在哪个区间里找。留空时程序自动确定一个范围，超过上限后该参数不再制约。'],
        ['判定方式', '“确定性：按方案测算”只看方案本身；“考虑不确定性：达成概率不低于”要求在蒙特卡洛抽样中以不低于所填的概率达成。'],
        ['每个取值的抽样次数', '考虑不确定性时每个试探值抽样多少次；次数越少越快，但概率越粗。'],
        ['开始反推', '开始搜索，进度显示已测算的取值个数，可“取消”。'],
        ['应用到副本', '以反推出的取值新建一份方案副本并打开，当前方案不变。'],
      ],
      example: [
        '示范方案中“{boundTarget}”未达标，制约因素是{binding}；方案的每年招聘能力是 {hiringCapacity} 人。',
        '在“不确定性与反推”页选“目标反推”，目标选“{boundTarget}”，调节参数选“人员”组的“每年招聘能力”，范围留空，判定方式选“确定性”，点“开始反推”。',
        '结果给出“至少需要”的人数以及该取值下的测算值；点“应用到副本”得到一份按此取值修改的方案，可在“方案对比”中与原方案并排查看经费的变化。',
      ],
      mistakes: [
        '范围太窄：结果说“在搜索范围内取任何值都不能达成”时，先扩大上限，或换一个调节参数——制约因素一列会提示该换哪一项。',
        '忽略“目标并非随该参数增大而始终改善”的提示：这时给出的只是首个达标取样点之前的最小值，取样点之间可能还有更小的达标值。',
        '把反推结果直接当作新方案：反推只动一项参数，别的目标可能因此变差（例如多招人后预算不够）；应用到副本后看全部判定。',
        '考虑不确定性却只抽很少次：每个取值的概率很粗，反推值会随之跳动。',
      ],
    },
    en: {
      title: 'Goal seek: how much is enough',
      purpose:
        'Goal seek answers “how high must this lever be for that target to be met?”: choose a target and a lever, and the range is first sampled evenly, to check that the target improves as the lever rises, then bisected for the least value that meets it. It can seek for the plan as set, or for a target met with a given probability.',
      controls: [
        ['Target', 'The target to meet, from the Targets tab.'],
        ['Lever', 'What to seek, grouped as Staff, Money, Rule parameters (within the documented range) and Facilities.'],
        ['Search range (From / To)', 'Where to look. Left empty, a range is chosen for you, above which the lever no longer binds.'],
        ['Meeting the target', '“For certain: the plan as set” looks at the plan alone; “Over uncertainty: with a probability of at least” asks for the target to be met in at least that share of Monte Carlo draws.'],
        ['Draws per value tried', 'Over uncertainty, the draws for each value tried; fewer are faster but the probability is coarser.'],
        ['Seek', 'Starts the search; progress counts the values tried, and Cancel stops it.'],
        ['Apply to a copy', 'Makes and opens a copy of the scenario with the value found; the scenario itself is left as it is.'],
      ],
      example: [
        'In the demo “{boundTarget}” is not met, held back by {binding}; the plan’s hiring capacity is {hiringCapacity} a year.',
        'On “Uncertainty & goal seek” choose Goal seek, the target “{boundTarget}”, “Hiring capacity per year” from the Staff group, leave the range empty, choose “For certain” and press Seek.',
        'The answer gives the least capacity that meets the target and the target’s value there; “Apply to a copy” makes a scenario with that value, which Compare sets beside the original to show what it costs.',
      ],
      mistakes: [
        'A range too narrow: when no value in the range meets the target, raise the upper end or seek another lever — the “What binds” column says which.',
        'Ignoring the warning that the target does not always improve as the lever rises: the value given is then the least below the first sampled point that meets the target, and a smaller one may lie between samples.',
        'Taking the answer as a new plan: goal seek moves one lever only, and other targets may get worse (more hires, less money for building); apply it to a copy and read every verdict.',
        'Seeking over uncertainty with very few draws: each probability is coarse and the answer jumps with it.',
      ],
    },
  },
  figures: (ctx) => ({ ...verdictCounts(ctx), ...planFacts(ctx) }),
};

export default page;
