/** Strings of the user's guide (帮助) around its pages: links, headings, the index and the manual. */
import type { Locale } from './messages';

const zh = {
  title: '用户手册',
  intro: '本手册逐一说明各个页面的用途、每个控件的含义，并在示例方案上给出算例。算例中的数字由程序对示例方案实时测算得出，与屏幕上显示的一致。在任何页面按 ? 键即可打开该页面的说明。',
  parts: { views: '工作台各页面', analysis: '分析工具', paths: '入门路线', reference: '参考' },
  manual: '打印手册',
  manualHint: '全部说明按顺序排成一份 A4 手册，可用浏览器打印或另存为 PDF。',
  print: '打印',
  contents: '目录',
  back: '返回手册目录',
  purpose: '用途',
  controls: '控件',
  control: '控件',
  meaning: '说明',
  /** the reference pages list entries rather than controls */
  entries: '词条',
  entry: '术语',
  definition: '释义',
  example: '示例方案上的算例',
  exampleNote: '以下数字由程序对内置示例方案测算得出。',
  exampleLoading: '正在测算示例方案…',
  exampleFailed: '示例方案未能测算，算例数字暂缺。',
  rules: '依据条款',
  rulesColumns: { id: '条款', doc: '文件', number: '文号' },
  noNumber: '未载文号',
  mistakes: '常见错误',
  shots: '截图',
  shotAlt: (page: string) => `${page}页面截图`,
  notFound: (id: string) => `没有名为“${id}”的帮助页面。`,
  loading: '正在载入帮助…',
  footer: '社区规划沙盘 用户手册',
};

const en: typeof zh = {
  title: "User's guide",
  intro: "This guide says what each view is for and what each control does, with a worked example on the demo scenario. The example's figures are computed from the demo as you read, so they match the screens. Press ? on any view to open its page.",
  parts: { views: 'The workbench views', analysis: 'Analysis tools', paths: 'Where to start', reference: 'Reference' },
  manual: 'Printable manual',
  manualHint: 'Every page in order as one A4 manual, to print or save as PDF from the browser.',
  print: 'Print',
  contents: 'Contents',
  back: 'Back to the contents',
  purpose: 'What it is for',
  controls: 'Controls',
  control: 'Control',
  meaning: 'What it does',
  entries: 'Entries',
  entry: 'Term',
  definition: 'Meaning',
  example: 'Worked example on the demo scenario',
  exampleNote: 'The figures below are computed from the built-in demo scenario.',
  exampleLoading: 'Running the demo scenario…',
  exampleFailed: 'The demo scenario could not be run; the example lacks its figures.',
  rules: 'Rules behind it',
  rulesColumns: { id: 'Rule', doc: 'Document', number: 'Number' },
  noNumber: 'no number',
  mistakes: 'Common mistakes',
  shots: 'Screenshot',
  shotAlt: (page) => `Screenshot of the ${page} view`,
  notFound: (id) => `There is no help page named “${id}”.`,
  loading: 'Loading help…',
  footer: "Shapan user's guide",
};

export type HelpGuideMessages = typeof zh;

export const HELP_GUIDE: Record<Locale, HelpGuideMessages> = { 'zh-CN': zh, en };
