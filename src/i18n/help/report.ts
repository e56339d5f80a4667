/** Help: the printable report (打印报告). */
import { cityCounts, verdictCount } from '../helpFigures';
import { REPORT } from '../report';
import type { HelpPage } from './helpPage';

const page: HelpPage = {
  id: 'report',
  part: 'views',
  order: 8,
  rules: ['GOV2020-3a', 'GOV2020-4', 'GOV2020-4b'],
  shots: ['report.webp'],
  text: {
    'zh-CN': {
      title: '打印报告',
      purpose: '把方案整理成一份可打印、可存档的 A4 报告：方案概况、目标达标判定、主要测算结果、生活圈覆盖、分年度分出资方资金，以及所用政策规则集和条款原文。',
      controls: [
        ['打印', '打开浏览器的打印对话框；选“另存为 PDF”即得到 PDF 文件。'],
        ['打印预览', '页面按 A4 版心宽度显示，图表在屏幕和纸上宽度相同。'],
        ['页脚', '每页页脚印有方案名称、编制日期和“第 n 页 / 共 m 页”。'],
      ],
      example: [
        '示例方案的报告在“方案概况”中写明规模：{size}；“目标达标判定”一节列出 {total} 个目标，其中达标 {met} 个，与“测算结果”完全一致。',
        '“分年度分出资方资金”一节逐年列出各出资方的支出、预算和缺口；示例方案中区（县）级财政的缺口和延后支出就在这里汇总，可直接用于预算申报材料。',
      ],
      mistakes: [
        '在测算完成前打印：报告各节会显示“尚未得到测算结果”，应等页面测算完成后再打印。',
        '打印时保留了浏览器的页眉页脚：在打印对话框中关闭“页眉和页脚”，报告自带页脚。',
        '把含估算数据的报告当作正式成果：报告会注明估算值，应先替换为实际数据。',
      ],
    },
    en: {
      title: 'Printable report',
      purpose: 'Lays the scenario out as an A4 report to print or file: summary, target verdicts, main results, life-circle coverage, funding by year and payer, and the rule set with the text of its clauses.',
      controls: [
        ['Print', "Opens the browser's print dialogue; choose “Save as PDF” for a file."],
        ['Print preview', 'The page is shown at the A4 text width, so charts are as wide on screen as on paper.'],
        ['Page foot', 'Each page carries the scenario, the date and “page n of m”.'],
      ],
      example: [
        "The demo's report gives its size in the summary, {size}; its verdicts section lists {total} targets, {met} of them met, exactly as on Results.",
        "The funding section lists each payer's spending, budget and shortfall by year; the district's shortfall and deferred spending in the demo are summed up there, ready for a budget request.",
      ],
      mistakes: [
        'Printing before the run is done: the sections say the results are not in yet; wait for the run to finish.',
        "Printing with the browser's own headers and footers: switch them off in the print dialogue, the report has its own foot.",
        'Filing a report that rests on estimates as final: the report marks the estimates; replace them with real data first.',
      ],
    },
  },
  figures: (ctx) => {
    const c = cityCounts(ctx);
    return { ...verdictCount(ctx), size: REPORT[ctx.locale].size(Number(c.districts), Number(c.streets), Number(c.communities)) };
  },
};

export default page;
