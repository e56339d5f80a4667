/**
 * The guide's pages as the help view renders them (helpFill.ts), on the real demo run: each example
 * paragraph fills, each rule resolves to its document, the two languages have as many controls,
 * paragraphs and mistakes, and the results page's figures are the verdict table's.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../engine';
import { validateScenario } from '../../io/validateScenario';
import type { HelpContext, HelpPage } from '../../i18n/help/helpPage';
import { fillFigures, placeholders, ruleRefs } from '../../i18n/helpFill';
import { LOCALES } from '../../i18n/messages';

const modules = import.meta.glob<{ default: HelpPage }>(['../../i18n/help/*.ts', '!../../i18n/help/helpPage.ts', '!../../i18n/help/*.test.ts'], { eager: true });
const pages = Object.entries(modules).map(([path, m]) => ({ file: /([^/]+)\.ts$/.exec(path)![1], page: m.default }));

let demo: Omit<HelpContext, 'locale'>;
beforeAll(() => {
  const checked = validateScenario(JSON.parse(readFileSync(new URL('../../../scenarios/demo-15th-fyp.json', import.meta.url), 'utf8')));
  if (!checked.ok) throw new Error('the demo does not validate');
  demo = { scenario: checked.scenario, result: runScenario(checked.scenario) };
});

describe('help pages as rendered', () => {
  it('include the views this part of the guide explains', () => {
    expect(pages.map((p) => p.file)).toEqual(expect.arrayContaining(['results', 'city', 'rules', 'plan', 'targets', 'map', 'report', 'glossary']));
  });

  it.each(pages)('$file: id is its file name; both languages alike; every figure and rule found', ({ file, page }) => {
    expect(page.id).toBe(file);
    const [zh, en] = LOCALES.map((l) => page.text[l]);
    expect(en.controls.length).toBe(zh.controls.length);
    expect(en.example.length).toBe(zh.example.length);
    expect(en.mistakes.length).toBe(zh.mistakes.length);
    for (const locale of LOCALES) {
      expect(ruleRefs(page.rules, locale)).toHaveLength(page.rules.length);
      const figures = page.figures?.({ ...demo, locale }) ?? {};
      for (const paragraph of page.text[locale].example) expect(() => fillFigures(paragraph, figures)).not.toThrow();
      for (const name of page.text[locale].example.flatMap(placeholders)) expect(figures[name].trim(), `${file} ${locale}: figure ${name}`).not.toBe('');
    }
  });

  it("results: the space target's figures are the demo's, as the verdict table prints them", () => {
    const results = pages.find((p) => p.file === 'results')!.page;
    const figures = results.figures!({ ...demo, locale: 'zh-CN' });
    // GOV2020-4: the demo's district budget runs short in 2026, so the 2027 floor-space share stays below 90%.
    expect(figures.spaceVerdict).toBe('未达标');
    expect(figures.spaceThreshold).toBe('≥ 90%');
    expect(figures.spaceValue).toMatch(/^\d+(\.\d)?%$/);
    expect(Number(figures.met)).toBeLessThan(Number(figures.total));
  });
});
