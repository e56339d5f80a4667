/**
 * One page of the user's guide (帮助 / Help): the in-app page of a view, an analysis, a reading path or a
 * reference list, and one chapter of the printed manual. Each page is a module of its own in this folder,
 * so the guide loads only the page asked for.
 */
import type { RunResult } from '../../engine';
import type { Scenario } from '../../engine/scenario';
import type { Locale } from '../messages';

/** The demo scenario and its run: the worked examples' figures are read from it, never typed. */
export interface HelpContext {
  scenario: Scenario;
  result: RunResult;
  locale: Locale;
}

export interface HelpText {
  title: string;
  /** what the view is for, in a sentence or two */
  purpose: string;
  /** each control in plain words: [the control's label as shown, what it does] */
  controls: [string, string][];
  /** headings over runs of controls (a reference page's tables): each before the control at index `at` */
  groups?: { at: number; heading: string }[];
  /** the worked example on the demo scenario, one paragraph per step; {name} stands for figures(ctx).name */
  example: string[];
  /** common mistakes and how to avoid them */
  mistakes: string[];
}

export interface HelpPage {
  id: string;
  /** where the page sits in the help index and the manual's table of contents */
  part: 'views' | 'analysis' | 'paths' | 'reference';
  order: number;
  /** rule ids (scenarios/policy/rules.json) behind the view; their documents are named from the rule list */
  rules: string[];
  text: Record<Locale, HelpText>;
  /** the worked example's figures, computed from the demo run and formatted for the locale */
  figures?: (ctx: HelpContext) => Record<string, string>;
  /** screenshots under public/help/, written by the e2e suite from the running app */
  shots?: string[];
}
