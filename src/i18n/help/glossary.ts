/**
 * Help: the glossary (术语表), made from the registry the screens take their names from
 * (src/registry/glossary.json), each term with its name in the other language and its definition.
 */
import { glossaryEntries } from '../../registry/terms';
import type { HelpPage, HelpText } from './helpPage';

/** [name (the other language's name), definition] for every entry; registry.test.ts checks each has a definition. */
function entries(lang: 'zh' | 'en'): [string, string][] {
  return glossaryEntries().map((e) => [lang === 'zh' ? `${e.name.zh}（${e.name.en}）` : `${e.name.en} (${e.name.zh})`, e.definition?.[lang] ?? '']);
}

const zh: HelpText = {
  title: '术语表',
  purpose: '本程序使用的术语及其含义。名称取自程序显示名称所用的同一份登记表，因此手册与界面的用词始终一致；括号内为英文名称。',
  controls: entries('zh'),
  example: [],
  mistakes: [],
};

const en: HelpText = {
  title: 'Glossary',
  purpose: "The terms the app uses and what they mean. The names come from the same registry the screens take theirs from, so the guide and the screens always say the same word; the Chinese name follows in brackets.",
  controls: entries('en'),
  example: [],
  mistakes: [],
};

const page: HelpPage = { id: 'glossary', part: 'reference', order: 1, rules: [], text: { 'zh-CN': zh, en } };

export default page;
