/**
 * Help: the glossary (术语表), made from the registry the screens take their names from
 * (src/registry/glossary.json), each term with its name in the other language and its definition.
 */
import type { Name } from '../../registry/text';
import { GLOSSARY_TABLES, glossaryEntries, type GlossaryTable } from '../../registry/terms';
import { verdictCount } from '../helpFigures';
import type { HelpPage, HelpText } from './helpPage';

/** [name (the other language's name), definition] for every entry; registry.test.ts checks each has a definition. */
function entries(lang: 'zh' | 'en'): [string, string][] {
  return glossaryEntries().map((e) => [lang === 'zh' ? `${e.name.zh}（${e.name.en}）` : `${e.name.en} (${e.name.zh})`, e.definition?.[lang] ?? '']);
}

/** Each glossary table's heading, in both languages. */
const TABLE_HEADING: Record<GlossaryTable, Name> = {
  term: { zh: '概念', en: 'Concepts' },
  level: { zh: '层级', en: 'Levels' },
  communityKind: { zh: '社区类型', en: 'Community kinds' },
  facilityType: { zh: '设施类型', en: 'Facility types' },
  payer: { zh: '出资方', en: 'Payers' },
  uncertainInput: { zh: '不确定输入', en: 'Uncertain inputs' },
  metric: { zh: '目标指标', en: 'Target metrics' },
  costItem: { zh: '费用项目', en: 'Cost items' },
};

/** A heading before the first entry of each table. */
function groups(lang: 'zh' | 'en'): { at: number; heading: string }[] {
  const tables = glossaryEntries().map((e) => e.table);
  return GLOSSARY_TABLES.map((table) => ({ at: tables.indexOf(table), heading: TABLE_HEADING[table][lang] })).filter((g) => g.at >= 0);
}

const zh: HelpText = {
  title: '术语表',
  purpose: '本程序使用的术语及其含义。名称取自程序显示名称所用的同一份登记表，因此手册与界面的用词始终一致；括号内为英文名称。',
  controls: entries('zh'),
  groups: groups('zh'),
  example: ['示例方案的 {total} 个目标中有 {met} 个“达标”；其余每个都在“制约因素”一栏写明卡在哪里，在“差距”一栏写明差多少。'],
  mistakes: ['把“估算”与“测算”混为一谈：估算指基础数据（如户数）尚无实际数字、由程序推算；测算是程序按方案算出的结果。'],
};

const en: HelpText = {
  title: 'Glossary',
  purpose: "The terms the app uses and what they mean. The names come from the same registry the screens take theirs from, so the guide and the screens always say the same word; the Chinese name follows in brackets.",
  controls: entries('en'),
  groups: groups('en'),
  example: ['Of the demo\'s {total} targets, {met} are “met”; each of the others says what binds in its “What binds” column and by how much it falls short under “Shortfall”.'],
  mistakes: ['Confusing “estimated” with “projected”: an estimate is a base figure (such as households) not yet known and inferred by the program; a projection is what the program works out from the scenario.'],
};

const page: HelpPage = { id: 'glossary', part: 'reference', order: 1, rules: [], text: { 'zh-CN': zh, en }, figures: verdictCount };

export default page;
