/** Help path for a trainer: run an exercise, teach it from the facilitator's view, print the handouts. */
import type { HelpPage } from './helpPage';
import { verdictCounts } from './demo/readings';

const page: HelpPage = {
  id: 'path-trainer',
  part: 'paths',
  order: 3,
  rules: ['GOV2020-3a', 'GOV2020-3b'],
  text: {
    'zh-CN': {
      title: '培训讲师：组织一次练习',
      purpose: '准备一次半天的培训：先自己做一遍练习，课前打印讲义，课上用讲师模式讲解，课后载入学员交来的方案逐一讲评。',
      controls: [
        ['1. 培训 · 开始', '先以学员身份做一遍，例如“报酬谁来付：市、区财政5:5分担”，体会开放的参数和目标。'],
        ['2. 讲师模式 · 打印讲义（A4）', '每个练习一份讲义：情境、条款、可调参数，以及“我的方案与理由”的书写处。'],
        ['3. 讲师模式 · 上一步 / 下一步', '课上投影：情境、可调参数与目标、提示与条款、参考方案；键盘 ← → 翻页。'],
        ['4. 学员：提交方案 · 导出我的方案（交给培训老师）', '学员填好“学员姓名”，提交后在复盘页导出文件交给你。'],
        ['5. 讲师模式 · 载入学员方案文件（可多选）', '最后一步“学员方案对比”：与参考方案并列，看谁达到了哪些目标。'],
      ],
      example: [
        '示范方案适合作课后讨论：按方案测算 {targets} 项目标中 {met} 项达标，{notMet} 项未达标；请学员找出“{boundTarget}”的制约因素（{binding}），再在“实施方案”页调一项杠杆使它达标。',
        '讨论时打开“测算结果”页点任一带下划线的数字，解释面板给出算式和所依据的条款，便于对照文件原文讲解。',
      ],
      mistakes: [
        '学员用的电脑之间不共享进度：练习进度只在各自浏览器中，课上不要换座位换电脑，或先导出方案。',
        '收到的文件属于另一个练习：载入时会列出问题、不载入，请让学员在对应练习的复盘页重新导出。',
        '讲义临时打印不全：在浏览器打印设置中选 A4 纸，提前打印一份检查。',
      ],
    },
    en: {
      title: 'For a trainer: run an exercise',
      purpose: 'Preparing a half-day session: do the exercise yourself, print the handouts beforehand, teach it from the facilitator’s view, and review the plans trainees hand in afterwards.',
      controls: [
        ['1. Training · Start', 'Do an exercise as a trainee first, e.g. “Who pays: the city and the district share pay 5:5”, to feel its open levers and objectives.'],
        ['2. Facilitator · Print the handout (A4)', 'One handout per exercise: situation, clauses, levers, and room for “My plan and why”.'],
        ['3. Facilitator · Previous / Next', 'On the projector: Situation, Levers and objectives, Hints and clauses, Reference plan; the ← → keys turn the page.'],
        ['4. Trainees: Submit the plan · Export my plan (for the facilitator)', 'Trainees fill in their name, submit, and export the file from their debrief for you.'],
        ['5. Facilitator · Load trainees’ plan files (several at once)', 'The last step, Trainees’ plans, sets them beside the reference plan: who met which objectives.'],
      ],
      example: [
        'The demo makes a good follow-up discussion: as planned it meets {met} of {targets} targets and misses {notMet}; ask trainees what holds back “{boundTarget}” ({binding}), then to move one lever on the Plan tab until it is met.',
        'While discussing, click any underlined figure on Results: the explanation panel shows the formula and the clause behind it, to read against the document itself.',
      ],
      mistakes: [
        'Trainees swapping computers: progress lives in each browser, so keep to one computer or export the plan first.',
        'A file from another exercise: its problems are listed and it is not loaded; ask the trainee to export again from the right exercise’s debrief.',
        'Handouts printed at the last minute: choose A4 in the browser’s print settings and print one to check beforehand.',
      ],
    },
  },
  figures: verdictCounts,
};

export default page;
