/**
 * The guide's glossary names each concept as the screens do: for every term, a label the app shows
 * contains the glossary's name for it, in Chinese, and in English where the screen uses the same word.
 */
import { describe, expect, it } from 'vitest';
import { TERM_NAME, TERMS, type Term } from '../registry/terms';
import { ANALYSIS } from './analysis';
import { ESTIMATES } from './estimates';
import { GOAL_SEEK } from './goalSeek';
import { MAP_TEXT } from './map';
import { MESSAGES } from './messages';
import { MONTE_CARLO } from './monteCarlo';
import { PANEL } from './panel';
import { PLAN_TEXT } from './plan';
import { REPORT } from './report';
import { SHELL } from './shell';

type Label = (l: 'zh-CN' | 'en') => string;

/** where each term is shown; en false: the English screen words it differently (a sentence, not the term) */
const SHOWN: Record<Term, { label: Label; en?: false }> = {
  scenario: { label: (l) => MESSAGES[l].scenario },
  worker: { label: (l) => REPORT[l].staffChart },
  serviceSpace: { label: (l) => REPORT[l].spaceChart },
  lifeCircle: { label: (l) => MAP_TEXT[l].map.heading(2030) },
  coverage: { label: (l) => MAP_TEXT[l].figures.share, en: false },
  ruleSet: { label: (l) => MESSAGES[l].ruleSet },
  rule: { label: (l) => PANEL[l].clauseTitle, en: false },
  plan: { label: (l) => SHELL[l].tabs.plan },
  lever: { label: (l) => GOAL_SEEK[l].lever },
  budget: { label: (l) => PLAN_TEXT[l].budgets.cellLabel('', 2026) },
  payer: { label: (l) => PLAN_TEXT[l].budgets.payer },
  horizon: { label: (l) => MESSAGES[l].horizon },
  target: { label: (l) => MESSAGES[l].verdictColumns.target },
  verdict: { label: (l) => MESSAGES[l].verdictColumns.met },
  met: { label: (l) => MESSAGES[l].met },
  shortfall: { label: (l) => MESSAGES[l].verdictColumns.shortfall },
  binding: { label: (l) => MESSAGES[l].verdictColumns.binding },
  estimated: { label: (l) => ESTIMATES[l].summary(1, 2, 3) },
  probability: { label: (l) => MONTE_CARLO[l].odds.columns.probability },
  goalSeek: { label: (l) => ANALYSIS[l].views.goalSeek },
  explanation: { label: (l) => PANEL[l].explainTitle, en: false },
};

describe('glossary terms and the screens', () => {
  it.each(TERMS.map((term) => ({ term })))('$term: named on screen as in the glossary', ({ term }) => {
    expect(SHOWN[term].label('zh-CN')).toContain(TERM_NAME[term].zh);
    if (SHOWN[term].en !== false) expect(SHOWN[term].label('en').toLowerCase()).toContain(TERM_NAME[term].en.toLowerCase());
  });
});
