/** Strings of the real-city picker: divisions from the statistical codes, the preview, household import. */
import type { Locale } from './messages';

const zh = {
  heading: '新建：选择真实行政区划',
  intro: '按国家统计局2023年统计用区划代码，选择省份和城市，载入其区（县）、街道（乡镇）和社区（居委会、村委会），沿用示范方案的实施方案和GOV2020规则集新建方案。',
  province: '省份',
  city: '市',
  choose: '请选择',
  communitiesInCity: (n: number) => `${n} 个社区`,
  loadingIndex: '正在读取区划索引…',
  loadingCity: '正在载入该市区划…',
  fetchFailed: (what: string) => `区划数据读取失败：${what}`,
  previewHeading: (city: string) => `${city}：将纳入的区划`,
  columns: { include: '纳入', district: '区（县）', streets: '街道（乡镇）', residents: '居委会', villages: '村委会', leftOut: '未计入的虚拟社区等' },
  includeDistrict: (name: string) => `纳入${name}`,
  total: '合计',
  villagesToggle: '纳入村委会（按农村社区计）',
  kindsNote: '居委会按已建城市社区、村委会按农村社区计；代码末三位400及以上的虚拟社区、生活区等类似单位不是居（村）民委员会，不计入。',
  tooMany: (n: number) => `共 ${n} 个社区，超过本工具为单个城市设计的约3000个，测算会较慢。可取消部分区（县）。`,
  noneChosen: '至少纳入一个有社区的区（县）。',
  estimatesHeading: '户数',
  estimatesNote:
    '区划代码不含户数和人口。未导入的社区按估算值填入并标注“估算”：城市社区每社区2500户（NJ2007-2）、每户2.62人；农村社区每村350户（估算：2023年末乡村常住人口约4.77亿，村委会487144个）、每户2.8人；在岗工作者和用房按下限估计。请在“城市”页录入或在此导入实际数据后再作决策。',
  importLabel: '导入实际户数（CSV 文件，或从表格粘贴）：统计代码、户数、常住人口（可空）',
  importFile: '选择 CSV 文件',
  pasteLabel: '或粘贴表格内容',
  applied: (n: number, unknown: number) => `${n} 个社区使用导入的户数${unknown > 0 ? `；${unknown} 个代码不在所选范围内，已忽略` : ''}。`,
  problems: (n: number) => `${n} 行无法读取：`,
  estimatedCount: (n: number, total: number) => `${total} 个社区中 ${n} 个使用估算户数`,
  create: '新建方案',
  creating: '正在新建…',
  createHint: '新建后打开“城市”页，可逐一修改户数等数据。',
  demoFailed: (what: string) => `读取示范方案失败：${what}`,
  invalid: (n: number) => `新建的方案有 ${n} 处问题，未保存：`,
  created: (name: string) => `已新建“${name}”`,
  estimateMark: '估算',
  estimateMarkHint: '修改某项后，该项的估算标注即消失',
  estimateCellHint: '估算值：录入实际数据后标注消失',
};

export type DivisionsMessages = typeof zh;

const en: DivisionsMessages = {
  heading: 'New from a real city',
  intro:
    'Pick a province and a city from the National Bureau of Statistics’ 2023 division codes to load its districts, streets and communities (residents’ and village committees), and start a scenario with the demo’s plan and the GOV2020 rule set.',
  province: 'Province',
  city: 'City',
  choose: 'Choose…',
  communitiesInCity: (n: number) => `${n} ${n === 1 ? 'community' : 'communities'}`,
  loadingIndex: 'Reading the division index…',
  loadingCity: 'Loading the city’s divisions…',
  fetchFailed: (what: string) => `Could not read the division data: ${what}`,
  previewHeading: (city: string) => `${city}: divisions to include`,
  columns: { include: 'Include', district: 'District', streets: 'Streets', residents: 'Residents’ committees', villages: 'Village committees', leftOut: 'Virtual units left out' },
  includeDistrict: (name: string) => `Include ${name}`,
  total: 'Total',
  villagesToggle: 'Include village committees (as rural communities)',
  kindsNote:
    'Residents’ committees count as existing urban communities, village committees as rural ones; units coded 400 or above (virtual communities, living quarters and the like) are not committees and are left out.',
  tooMany: (n: number) => `${n} communities: more than the ~3,000 this tool is designed for in one city, so runs will be slower. You can leave out some districts.`,
  noneChosen: 'Include at least one district with communities.',
  estimatesHeading: 'Households',
  estimatesNote:
    'The codes carry no households or residents. Communities not imported get estimates, marked as such: 2,500 households per urban community (NJ2007-2) at 2.62 residents each; 350 per village (estimate: about 477 million rural residents at the end of 2023 over 487,144 village committees) at 2.8; staff and floor space at the minimum. Enter real figures on the City tab, or import them here, before deciding anything.',
  importLabel: 'Import real households (a CSV file, or paste from a spreadsheet): statistical code, households, residents (optional)',
  importFile: 'Choose a CSV file',
  pasteLabel: 'Or paste the table',
  applied: (n: number, unknown: number) => `${n} communities use imported households${unknown > 0 ? `; ${unknown} codes outside the chosen divisions were ignored` : ''}.`,
  problems: (n: number) => `${n} line${n === 1 ? '' : 's'} could not be read:`,
  estimatedCount: (n: number, total: number) => `${n} of ${total} communities use estimated households`,
  create: 'Create scenario',
  creating: 'Creating…',
  createHint: 'The new scenario opens on the City tab, where households and the rest can be edited one by one.',
  demoFailed: (what: string) => `Could not read the demo scenario: ${what}`,
  invalid: (n: number) => `The new scenario has ${n} problem${n === 1 ? '' : 's'} and was not saved:`,
  created: (name: string) => `Created “${name}”`,
  estimateMark: 'est.',
  estimateMarkHint: 'editing a figure clears its mark',
  estimateCellHint: 'Estimate: the mark goes once the real figure is entered',
};

export const DIVISIONS: Record<Locale, DivisionsMessages> = { 'zh-CN': zh, en };
