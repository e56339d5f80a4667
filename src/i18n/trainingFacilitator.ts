/** Strings of the facilitator's view of a training exercise: steps, trainees' plans and the printed handout. */
import type { Locale } from './messages';

const zh = {
  facilitatorTitle: (title: string) => `讲师模式：${title}`,
  step: (n: number, of: number) => `第 ${n}/${of} 步`,
  steps: { brief: '情境', levers: '可调参数与目标', hints: '提示与条款', reference: '参考方案', plans: '学员方案对比' },
  prev: '上一步',
  next: '下一步',
  keysHint: '键盘 ← → 翻页',
  print: '打印讲义（A4）',
  loadPlans: '载入学员方案文件（可多选）',
  plansNone: '还没有载入学员方案。学员在复盘页点“导出我的方案”，把文件交给你。',
  plansRunning: '正在测算学员方案…',
  planColumns: { item: '项目', reference: '参考方案' },
  objectivesMet: '达到的目标',
  fileProblems: (name: string, n: number) => `${name}：${n} 处问题，未载入`,
  removePlan: (name: string) => `移除 ${name} 的方案`,
  anonymous: '（未署名）',
  handoutTitle: (title: string) => `培训练习讲义：${title}`,
  handoutNotes: '我的方案与理由：',
  handoutFooter: '社区规划沙盘 · 培训练习',
};

const en: typeof zh = {
  facilitatorTitle: (title: string) => `Facilitator: ${title}`,
  step: (n: number, of: number) => `Step ${n} of ${of}`,
  steps: { brief: 'Situation', levers: 'Levers and objectives', hints: 'Hints and clauses', reference: 'Reference plan', plans: 'Trainees\' plans' },
  prev: 'Previous',
  next: 'Next',
  keysHint: 'Keys ← → turn the page',
  print: 'Print the handout (A4)',
  loadPlans: 'Load trainees\' plan files (several at once)',
  plansNone: 'No plans loaded yet. Trainees press "Export my plan" on their debrief and hand you the file.',
  plansRunning: 'Running the trainees\' plans…',
  planColumns: { item: 'Item', reference: 'Reference' },
  objectivesMet: 'Objectives met',
  fileProblems: (name: string, n: number) => `${name}: ${n} problem${n === 1 ? '' : 's'}, not loaded`,
  removePlan: (name: string) => `Remove ${name}'s plan`,
  anonymous: '(no name)',
  handoutTitle: (title: string) => `Training handout: ${title}`,
  handoutNotes: 'My plan and why:',
  handoutFooter: 'Shapan · training exercise',
};

export type FacilitatorMessages = typeof zh;

export const TRAINING_FACILITATOR: Record<Locale, FacilitatorMessages> = { 'zh-CN': zh, en };
