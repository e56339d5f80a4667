/**
 * Every page of the user's guide (src/i18n/help/*.ts, found as the help view finds them): both
 * languages with every field filled, rule ids that exist in scenarios/policy/rules.json, and every
 * {name} of a worked example given by the page's figures on the demo run — so no figure is typed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../engine/run';
import type { Scenario } from '../engine/scenario';
import type { HelpContext, HelpPage, HelpText } from './help/helpPage';
import type { Locale } from './messages';
import { COST_ITEM_NAME, COST_ITEMS } from '../registry/costItems';
import { METRIC_IDS, METRIC_NAME } from '../registry/metrics';
import { GLOSSARY_TABLES } from '../registry/terms';

const read = (path: string) => JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8')) as unknown;
const demo = read('../../scenarios/demo-15th-fyp.json') as Scenario;
const ruleIds = new Set((read('../../scenarios/policy/rules.json') as { id: string }[]).map((r) => r.id));
const result = runScenario(demo);
const LOCALES: Locale[] = ['zh-CN', 'en'];

const modules = import.meta.glob<{ default?: HelpPage }>('./help/*.ts', { eager: true });
const pages = Object.entries(modules)
  .filter(([, m]) => m.default && typeof m.default === 'object' && 'text' in m.default)
  .map(([file, m]) => ({ file, page: m.default! }));

const PLACEHOLDER = /\{([A-Za-z]\w*)\}/g;
const names = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);

/** Every sentence of a page but the example, where placeholders belong. */
const plain = (t: HelpText) => [t.title, t.purpose, ...t.controls.flat(), ...t.mistakes];

describe('the help pages', () => {
  it('are found', () => {
    expect(pages.map((p) => p.page.id)).toEqual(expect.arrayContaining(['analysis-montecarlo', 'analysis-goalseek', 'analysis-synthesis', 'compare', 'training', 'library', 'data', 'path-official', 'path-analyst', 'path-trainer']));
  });

  it('each have an id of their own, named as their file', () => {
    for (const { file, page } of pages) expect(file).toBe(`./help/${page.id}.ts`);
    expect(new Set(pages.map((p) => p.page.id)).size).toBe(pages.length);
  });

  describe.each(pages.map((p) => [p.page.id, p.page] as const))('%s', (_id, page) => {
    it('cites rule ids that exist', () => {
      expect(page.rules.filter((id) => !ruleIds.has(id))).toEqual([]);
    });

    it.each(LOCALES)('is written in full in %s', (locale) => {
      const t = page.text[locale];
      expect(t.title.trim()).not.toBe('');
      expect(t.purpose.trim()).not.toBe('');
      expect(t.controls.length).toBeGreaterThan(0);
      expect(t.example.length).toBeGreaterThan(0);
      expect(t.mistakes.length).toBeGreaterThan(0);
      for (const text of [...plain(t), ...t.example]) expect(text.trim()).not.toBe('');
      expect(plain(t).flatMap(names), 'placeholders outside the example').toEqual([]);
    });

    it.each(LOCALES)('gets every figure of its example from the demo run in %s', (locale) => {
      const ctx: HelpContext = { scenario: demo, result, locale };
      const figures = page.figures?.(ctx) ?? {};
      const wanted = page.text[locale].example.flatMap(names);
      expect(wanted.filter((name) => !(name in figures))).toEqual([]);
      for (const name of wanted) expect(figures[name].trim(), name).not.toBe('');
    });

    it('asks for the same figures in both languages', () => {
      const [zh, en] = LOCALES.map((l) => new Set(page.text[l].example.flatMap(names)));
      expect([...zh].sort()).toEqual([...en].sort());
    });
  });
});

describe('the glossary page', () => {
  const glossary = pages.find((p) => p.page.id === 'glossary')!.page;

  it.each(LOCALES)('heads each table of the glossary, target metrics and cost items among them, in %s', (locale) => {
    const t = glossary.text[locale];
    const headings = t.groups ?? [];
    expect(headings.map((g) => g.heading.trim()).filter(Boolean)).toHaveLength(GLOSSARY_TABLES.length);
    const at = (table: string) => headings[GLOSSARY_TABLES.indexOf(table as (typeof GLOSSARY_TABLES)[number])].at;
    // each table's heading stands over its first entry, named in the page's language first
    const first = (name: { zh: string; en: string }) => (locale === 'zh-CN' ? name.zh : name.en);
    expect(t.controls[at('metric')][0].startsWith(first(METRIC_NAME[METRIC_IDS[0]]))).toBe(true);
    expect(t.controls[at('costItem')][0].startsWith(first(COST_ITEM_NAME[COST_ITEMS[0]]))).toBe(true);
    expect(t.controls.length - at('costItem')).toBe(COST_ITEMS.length);
  });
});
