/** Help: importing a city's data — the Excel template's sheets and columns, 数据来源 and 估算, and the common import errors. */
import { formatExactRate, formatWhole } from '../format';
import type { HelpContext, HelpPage } from './helpPage';

function firstCommunity(ctx: HelpContext): Record<string, string> {
  const district = ctx.scenario.city.districts[0];
  const street = district.streets[0];
  const c = street.communities[0];
  const all = ctx.scenario.city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities));
  return {
    street: street.name,
    streetId: street.id,
    community: c.name,
    communityId: c.id,
    households: formatWhole(c.households, ctx.locale),
    residents: formatWhole(c.residents, ctx.locale),
    // The sheet holds the rate in per cent: 0.0029 is typed as 0.29.
    growthCell: formatExactRate(c.growth, ctx.locale).replace('%', ''),
    growth: formatExactRate(c.growth, ctx.locale),
    inPost: formatWhole(c.staff.inPost, ctx.locale),
    space: formatWhole(c.space, ctx.locale),
    estimated: formatWhole(all.filter((x) => x.estimated).length, ctx.locale),
    communities: formatWhole(all.length, ctx.locale),
  };
}

const page: HelpPage = {
  id: 'data',
  part: 'views',
  order: 40,
  rules: ['GOV2020-3a', 'GOV2020-4', 'GOV2020-2b', 'NJ2007-16', 'NJ2007-18a'],
  text: {
    'zh-CN': {
      title: '城市数据导入（Excel 模板）',
      purpose:
        '测算的起点是城市的区（县）、街道（乡镇）和社区数据。“数据导入导出”（在“测算结果”页下方）提供 Excel 模板：按模板整理本市数据，导入后替换方案的城市数据；测算结果也可导出为 Excel。所有文件都在本机生成和读取，不会上传。',
      controls: [
        ['下载模板（含当前城市数据）', '把本方案的城市数据写进模板，适合在现有数据上修改。'],
        ['下载空白模板', '只有表头和“说明”表的模板，适合从头整理一个城市。'],
        ['工作表', '市、区（县）、街道（乡镇）、社区、设施、步行网络节点、步行网络路段，另有“说明”表逐列解释。至少要有社区表；只导入社区 CSV 也可以。'],
        ['社区表的列', '所属街道编号或名称、社区编号、名称、社区类型（已建城市社区、新建城市社区或农村社区）、户数（户）、常住人口（人）、年户数增长率（%）、在岗专职社区工作者（人）及其中持证、本科人数、办公和服务用房面积（平方米），以及可选的住房套数、流动人口、位置、边界坐标等。'],
        ['数据来源', '社区表最后一列。留空或填“实际数据”表示该行都是实际数据；“估算：户数、常住人口、工作者、用房”表示所列各项仍是估算值（按统计用区划代码建立社区时自动填入），录入实际数据后删去对应项。'],
        ['导入 Excel 或 CSV', '选一个 .xlsx 文件，或多个 CSV（每级一个）。导入前显示“导入预览”：各级数量、发现的问题（工作表、行、列、问题），没有问题时点“替换城市数据”，可撤销。'],
        ['导出结果（Excel）', '方案测算完成后，把判定、逐年汇总、分出资方支出、社区明细等导出为 Excel。'],
      ],
      example: [
        '在示范方案中点“下载模板（含当前城市数据）”。社区表第一行是{street}（编号 {streetId}）下的{community}（编号 {communityId}）：户数 {households}、常住人口 {residents}、年户数增长率填 {growthCell}（即 {growth}）、在岗专职社区工作者 {inPost} 人、用房 {space} 平方米。',
        '示范方案 {communities} 个社区中，“数据来源”标为估算的有 {estimated} 个。用统计用区划代码新建的真实城市则相反：户数、人口、工作者和用房都是估算，结果页和报告会提示“测算结果仅供参考”，直到用模板导入实际数据。',
        '改好数据后点“导入 Excel 或 CSV”选这个文件，在“导入预览”中核对各级数量和问题列表，再点“替换城市数据”。',
      ],
      mistakes: [
        '增长率填成小数：这一列按百分数填，2 表示 2%，填 0.02 会被读成 0.02%。其他列不要带 % 号，否则会提示“此列不是百分数列”。',
        '单元格被表格软件当成日期（如“1-2”变成 1月2日）：预览会指出“实际为日期”，把单元格格式设为“常规”或“文本”后重填。',
        '只导入区（县）表、没有街道表：无法确定街道属于哪个区（县），会提示还需要街道（乡镇）表。',
        '所属街道按名称填写而有重名：会提示“有 n 个街道名为…，请改填编号”。',
        '估算数据未替换就下结论：“数据来源”仍为估算的社区，测算结果只能作参考；在城市页修改某项数据会自动去掉该项的估算标记。',
        '一年没有填预算：这与城市数据无关，但常在导入新城市后被忽略——“实施方案”页“各级财政预算（万元）”中显示“不限”的年份没有预算上限，结果会比实际乐观。',
      ],
    },
    en: {
      title: 'Importing city data (the Excel template)',
      purpose:
        'Every projection starts from the city’s districts, streets and communities. “Data import and export” (under the Results tab) offers an Excel template: put your city’s data into it and import it to replace the scenario’s city data; the results export to Excel too. Files are made and read on this computer and never uploaded.',
      controls: [
        ['Download template (with this city)', 'Writes this scenario’s city into the template, for editing what is there.'],
        ['Download a blank template', 'Headers and the Guide sheet only, for preparing a city from scratch.'],
        ['Sheets', 'City, Districts, Streets, Communities, Facilities, walking network nodes and edges, and a Guide sheet explaining each column. Only the communities are required; a communities CSV alone will do.'],
        ['The communities’ columns', 'Street ID or name, the community’s ID and name, Community kind (existing urban, new urban or rural), Households, Residents, Annual household growth (%), full-time workers in post with the certified and graduate among them, Office and service floor space (m²), and optionally dwellings, migrants, location, boundary and more.'],
        ['Data source', 'The communities’ last column. Blank or “actual data” means the row is actual data; “Estimated: households, residents, workers, space” means those figures are still estimates (filled in when communities were made from division codes) — delete each once its actual figure is in.'],
        ['Import Excel or CSV', 'One .xlsx file or several CSVs (one per level). An import preview comes first: counts per level and every problem found (sheet, row, column, problem); with none, “Replace the city data”, which can be undone.'],
        ['Export results (Excel)', 'Once the scenario has run: verdicts, totals by year, spending by payer, the communities and more, as an Excel workbook.'],
      ],
      example: [
        'In the demo press “Download template (with this city)”. The communities sheet starts with {community} ({communityId}) in {street} ({streetId}): {households} households, {residents} residents, annual growth typed as {growthCell} (that is {growth}), {inPost} full-time workers in post and {space} m² of floor space.',
        'Of the demo’s {communities} communities, {estimated} are marked as estimated in “Data source”. A real city made from division codes is the other way round: households, residents, workers and floor space are all estimates, and the results and report say the figures are indicative until actual data is imported through the template.',
        'With the data fixed, press “Import Excel or CSV”, choose the file, check the counts and the problem list in the preview, then replace the city data.',
      ],
      mistakes: [
        'Typing growth as a fraction: the column is in per cent, 2 means 2%, and 0.02 is read as 0.02%. Other columns take no % sign; the preview says the column is not in per cent.',
        'A cell the spreadsheet took for a date (“1-2” becoming 2 January): the preview says it got a date; set the cell format to General or Text and type it again.',
        'Importing a districts sheet without the streets sheet: the streets’ districts cannot be told, and the preview asks for the streets sheet.',
        'Naming the street where two streets share that name: the preview asks for the ID instead.',
        'Drawing conclusions from estimates: communities still marked estimated make the results indicative only; editing a figure on the City tab clears that figure’s mark.',
        'A year without a budget: not city data, but easily missed after importing a new city — a year showing “unlimited” in the Plan tab’s budgets has no budget limit, and the results look better than they will be.',
      ],
    },
  },
  figures: firstCommunity,
};

export default page;
