/** Help: training mode — exercises for trainees, the facilitator's view and the printed handouts. */
import type { HelpPage } from './helpPage';
import { planFacts, verdictCounts } from './demo/readings';

const page: HelpPage = {
  id: 'training',
  part: 'views',
  order: 30,
  shots: ['training.webp'],
  rules: ['GOV2020-3a', 'GOV2020-3b', 'GOV2020-4', 'GOV2020-4b', 'NJ2007-15'],
  text: {
    'zh-CN': {
      title: '培训',
      purpose:
        '培训模式（顶部“培训”）为学习社区规划政策的人准备了几个小练习：每个练习是一个小城区的情境，只开放几项参数，学员调参数使测算达到目标，提交后对照参考方案复盘并做小测验。讲师模式用于课堂讲解、打印讲义和对照学员交来的方案。',
      controls: [
        ['学员姓名', '导出方案交给培训老师时写在文件里，只保存在本机。'],
        ['开始 / 继续 / 复盘', '练习列表每行的操作；“进度”一列显示未开始、进行中、已提交或已达标。'],
        ['你可以调整的参数', '练习开放的几项参数，其余按情境固定；每次调整立即重新测算。'],
        ['提交方案', '全部目标达到后提交；未全部达标也可“仍然提交”，然后复盘。'],
        ['导出我的方案（交给培训老师）', '在复盘页：把自己的方案存成文件交给讲师。'],
        ['小测验', '题目的答案来自学员自己方案的测算结果，每人的题目数字不同。'],
        ['讲师模式', '分步讲解一个练习：情境、可调参数与目标、提示与条款、参考方案、学员方案对比；“上一步 / 下一步”或键盘 ← → 翻页。'],
        ['载入学员方案文件（可多选）', '在讲师模式的最后一步：载入学员导出的文件，与参考方案并列对比，看谁达到了哪些目标。'],
        ['打印讲义（A4）', '把练习的情境、条款和可调参数打印成讲义，留有“我的方案与理由”的书写处。'],
        ['制作练习', '以现有方案为底本编写新练习：选开放的参数和范围、目标、提示，导出为练习文件。'],
      ],
      example: [
        '课前：讲师打开“培训”，在“报酬谁来付：市、区财政5:5分担”一行点“讲师模式”，再点“打印讲义（A4）”，每位学员一份。',
        '课上：学员点“开始”，读情境和条款（GOV2020-3a 按户核定总量、GOV2020-3b 报酬由市、区财政 5:5 承担），调开放的参数直到目标达到，点“提交方案”，在复盘页做小测验并“导出我的方案（交给培训老师）”。',
        '课后：讲师在讲师模式最后一步“学员方案对比”载入收到的文件，逐一对照参考方案讲评。示范方案可作为课堂延伸：它按人均 {payPerWorker}的报酬、每年招聘 {hiringCapacity} 人测算，{targets} 项目标中 {met} 项达标，可以让学员讨论“{boundTarget}”为什么没达到。',
      ],
      mistakes: [
        '学员在不同电脑上继续练习：进度只保存在本机浏览器中，换电脑要从头开始，或先导出方案。',
        '讲师载入的文件来自别的练习：文件与当前练习不符时会列出问题、不载入。',
        '把练习的参考方案当作唯一正确答案：参考方案只是达到目标的一种做法，复盘时应比较成本和理由。',
        '打印讲义时页面缩放不是 100%：请在浏览器的打印设置中选 A4、缩放 100%。',
      ],
    },
    en: {
      title: 'Training',
      purpose:
        'Training mode (Training at the top) offers short exercises for people learning community-planning policy: each is a small district’s situation with only a few levers open; trainees move them until the targets are met, submit, then debrief against a reference plan and answer a quiz. The facilitator’s view is for teaching the exercise, printing handouts and reviewing the plans trainees hand in.',
      controls: [
        ['Trainee name', 'Written into the file a trainee exports for the facilitator; kept on this computer only.'],
        ['Start / Resume / Debrief', 'The actions of each exercise; the progress column says Not started, In progress, Submitted or Passed.'],
        ['Levers you can move', 'The levers the exercise leaves open; everything else is fixed by the situation. Each change runs again at once.'],
        ['Submit the plan', 'Submits once every target is met; a plan short of some can still be submitted, then debriefed.'],
        ['Export my plan (for the facilitator)', 'On the debrief: saves the trainee’s plan as a file for the facilitator.'],
        ['Quiz', 'The answers come from the trainee’s own plan, so each trainee’s figures differ.'],
        ['Facilitator', 'Teaches an exercise step by step: Situation, Levers and objectives, Hints and clauses, Reference plan, Trainees’ plans; Previous / Next or the ← → keys turn the page.'],
        ['Load trainees’ plan files (several at once)', 'At the facilitator’s last step: loads the files trainees exported and sets them beside the reference plan, showing who met which targets.'],
        ['Print the handout (A4)', 'Prints the exercise’s situation, clauses and levers as a handout, with room for “My plan and why”.'],
        ['Make an exercise', 'Writes a new exercise from an existing scenario: the open levers and their ranges, the objectives and the hints, exported as an exercise file.'],
      ],
      example: [
        'Before the session the facilitator opens Training, chooses Facilitator on “Who pays: the city and the district share pay 5:5”, and prints the handout (A4), one per trainee.',
        'In the session trainees press Start, read the situation and clauses (GOV2020-3a, a total set by households; GOV2020-3b, pay shared 5:5 by city and district), move the open levers until the targets are met, submit, take the quiz on the debrief and export their plan for the facilitator.',
        'Afterwards the facilitator loads the files at the last step, Trainees’ plans, and reviews each against the reference. The demo can carry the discussion further: at {payPerWorker} per worker and {hiringCapacity} recruits a year it meets {met} of {targets} targets — why is “{boundTarget}” not met?',
      ],
      mistakes: [
        'A trainee moving to another computer: progress is kept in this browser only, so export the plan first or start again.',
        'Loading a file from another exercise: it does not match, so its problems are listed and it is not loaded.',
        'Treating the reference plan as the one right answer: it is one way to meet the targets; the debrief should weigh cost and reasons.',
        'Printing handouts at a zoom other than 100%: choose A4 and 100% scale in the browser’s print settings.',
      ],
    },
  },
  figures: (ctx) => ({ ...verdictCounts(ctx), ...planFacts(ctx) }),
};

export default page;
