/** Strings of a training exercise's debrief: the trainee's plan against the reference, the quiz, and objectives in words. */
import type { Locale } from './messages';

const zh = {
  debriefTitle: (title: string) => `复盘：${title}`,
  noAttempt: '还没有提交过这个练习的方案。',
  verdictAll: '你的方案达到了全部目标。',
  verdictSome: (met: number, of: number) => `你的方案达到了 ${of} 项目标中的 ${met} 项。`,
  compareHeading: '你的方案与参考方案',
  leverColumns: { item: '参数', yours: '你的方案', reference: '参考方案', difference: '差别' },
  same: '相同',
  consequenceHeading: '差别带来的结果',
  consequenceColumns: { item: '项目', yours: '你的方案', reference: '参考方案', difference: '你的方案 − 参考方案' },
  spendingRow: (payer: string) => `${payer}规划期支出合计`,
  reasoningHeading: '参考方案的理由',
  clausesHeading: '涉及的条款',
  exportAttempt: '导出我的方案（交给培训老师）',
  exported: '已导出方案文件。',
  quizHeading: '小测验',
  quizIntro: '题目的答案来自你自己方案的测算结果。',
  quizScore: (right: number, answered: number, of: number) => `已答 ${answered}/${of} 题，答对 ${right} 题。`,
  right: '回答正确。',
  wrong: (answer: string) => `不对，正确答案是 ${answer}。`,
  unanswerable: '本方案的测算结果中没有这个数，略过。',
  yourPlan: '你的方案中，',
  q: {
    spending: (year: number, payer: string | null, item: string | null) =>
      `${year} 年${payer ? `${payer}承担的` : '各级财政'}${item ?? '支出'}${payer ? '' : '合计'}是多少万元？`,
    community: {
      households: (year: number, name: string) => `${year} 年${name}有多少户？`,
      staffRequired: (year: number, name: string) => `${year} 年${name}按规则应配备多少名专职社区工作者？`,
      inPost: (year: number, name: string) => `${year} 年${name}在岗专职社区工作者有多少人？`,
      spaceRequired: (year: number, name: string) => `${year} 年${name}按规则至少应有多少平方米办公服务用房？`,
      space: (year: number, name: string) => `${year} 年${name}的办公服务用房有多少平方米？`,
    },
    city: {
      households: (year: number) => `${year} 年全部社区合计有多少户？`,
      staffRequired: (year: number) => `${year} 年全部社区按规则合计应配备多少名专职社区工作者？`,
      inPost: (year: number) => `${year} 年全部社区在岗专职社区工作者合计多少人？`,
      hires: (year: number) => `${year} 年共新招聘了多少名专职社区工作者？`,
      spaceRequired: (year: number) => `${year} 年全部社区按规则合计至少应有多少平方米用房？`,
      space: (year: number) => `${year} 年全部社区的办公服务用房合计多少平方米？`,
    },
    centres: (year: number, level: 'street' | 'district', field: 'space' | 'spaceRequired') =>
      `${year} 年${level === 'street' ? '各街道社区服务中心' : '各区（县）社区服务中心'}${field === 'space' ? '现有' : '按规则应达到的'}面积合计多少平方米？`,
    metric: (year: number, label: string) => `${year} 年“${label}”是多少？`,
  },
  choiceLabel: (k: number) => `选项 ${'ABCD'[k] ?? k + 1}`,
  o: {
    targets: (n: number) => (n === 1 ? '场景目标达标' : `场景的 ${n} 项目标全部达标`),
    metric: (label: string, year: number, sense: 'atLeast' | 'atMost', bound: string) => `${year} 年${label}${sense === 'atLeast' ? '不低于' : '不超过'} ${bound}`,
    spending: (who: string, item: string | null, span: string, measure: 'spent' | 'budget', sense: 'atLeast' | 'atMost', bound: string) =>
      `${who}${span}年${measure === 'budget' ? '预算' : (item ?? '支出')}合计${sense === 'atLeast' ? '不少于' : '不超过'} ${bound}`,
    shortfall: (who: string) => `${who}每年都不超出预算（因预算不足而延后的支出也算超出）`,
    probability: (draws: number, bound: string) => `${draws} 次随机模拟中目标全部达标的比例不低于 ${bound}`,
    allPayers: '各级财政',
    and: '和',
  },
  countOf: (met: number, of: number) => `${met}/${of} 项`,
  unlimited: '不限',
  missedTargets: '未达标：',
  overBudget: (parts: string[]) => `超出预算：${parts.join('；')}`,
  overBy: (payer: string, year: number, amount: string, deferred: string | null) => `${payer} ${year} 年超出 ${amount}${deferred ? `（其中延后 ${deferred}）` : ''}`,
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const en: typeof zh = {
  debriefTitle: (title: string) => `Debrief: ${title}`,
  noAttempt: 'No plan for this exercise has been submitted yet.',
  verdictAll: 'Your plan meets every objective.',
  verdictSome: (met: number, of: number) => `Your plan meets ${met} of ${of} objectives.`,
  compareHeading: 'Your plan and the reference plan',
  leverColumns: { item: 'Lever', yours: 'Your plan', reference: 'Reference', difference: 'Difference' },
  same: 'same',
  consequenceHeading: 'What the differences did',
  consequenceColumns: { item: 'Item', yours: 'Your plan', reference: 'Reference', difference: 'Yours − reference' },
  spendingRow: (payer: string) => `${capitalise(payer)}: spending over the horizon`,
  reasoningHeading: 'Why the reference plan',
  clausesHeading: 'Clauses involved',
  exportAttempt: 'Export my plan (for the facilitator)',
  exported: 'Plan file exported.',
  quizHeading: 'Quiz',
  quizIntro: 'The answers come from your own plan\'s run.',
  quizScore: (right: number, answered: number, of: number) => `${answered} of ${of} answered, ${right} right.`,
  right: 'Right.',
  wrong: (answer: string) => `Not quite: the answer is ${answer}.`,
  unanswerable: 'Your plan\'s run has no such figure; skipped.',
  yourPlan: 'In your plan, ',
  q: {
    spending: (year: number, payer: string | null, item: string | null) =>
      `how much ${item ?? 'spending'} did ${payer ?? 'all payers together'} pay in ${year}, in 万 yuan?`,
    community: {
      households: (year: number, name: string) => `how many households does ${name} have in ${year}?`,
      staffRequired: (year: number, name: string) => `how many full-time workers does the rule require for ${name} in ${year}?`,
      inPost: (year: number, name: string) => `how many full-time workers are in post in ${name} in ${year}?`,
      spaceRequired: (year: number, name: string) => `how much office and service space (m²) does the rule require for ${name} in ${year}?`,
      space: (year: number, name: string) => `how much office and service space (m²) does ${name} have in ${year}?`,
    },
    city: {
      households: (year: number) => `how many households do all the communities have in ${year}?`,
      staffRequired: (year: number) => `how many full-time workers does the rule require across all communities in ${year}?`,
      inPost: (year: number) => `how many full-time workers are in post across all communities in ${year}?`,
      hires: (year: number) => `how many full-time workers are hired in ${year}?`,
      spaceRequired: (year: number) => `how much floor space (m²) does the rule require across all communities in ${year}?`,
      space: (year: number) => `how much office and service space (m²) do all communities have in ${year}?`,
    },
    centres: (year: number, level: 'street' | 'district', field: 'space' | 'spaceRequired') =>
      `how much floor space (m²) ${field === 'space' ? 'do' : 'must'} the ${level} service centres ${field === 'space' ? 'have' : 'have under the rule'} in all in ${year}?`,
    metric: (year: number, label: string) => `what is "${label}" in ${year}?`,
  },
  choiceLabel: (k: number) => `Choice ${'ABCD'[k] ?? k + 1}`,
  o: {
    targets: (n: number) => (n === 1 ? 'The scenario\'s target is met' : `All ${n} of the scenario's targets are met`),
    metric: (label: string, year: number, sense: 'atLeast' | 'atMost', bound: string) => `${label} in ${year}: ${sense === 'atLeast' ? 'at least' : 'at most'} ${bound}`,
    spending: (who: string, item: string | null, span: string, measure: 'spent' | 'budget', sense: 'atLeast' | 'atMost', bound: string) =>
      `${capitalise(who)}: ${measure === 'budget' ? 'budgets' : (item ?? 'spending')} over ${span} ${sense === 'atLeast' ? 'at least' : 'at most'} ${bound}`,
    shortfall: (who: string) => `${capitalise(who)}: never beyond the budget in any year (spending deferred for want of budget counts as beyond)`,
    probability: (draws: number, bound: string) => `Every target met in at least ${bound} of ${draws} random draws`,
    allPayers: 'all payers',
    and: ' and ',
  },
  countOf: (met: number, of: number) => `${met} of ${of}`,
  unlimited: 'no limit',
  missedTargets: 'Not met: ',
  overBudget: (parts: string[]) => `Over budget: ${parts.join('; ')}`,
  overBy: (payer: string, year: number, amount: string, deferred: string | null) => `${payer} in ${year} by ${amount}${deferred ? ` (${deferred} of it deferred)` : ''}`,
};

export type DebriefMessages = typeof zh;

export const TRAINING_DEBRIEF: Record<Locale, DebriefMessages> = { 'zh-CN': zh, en };
