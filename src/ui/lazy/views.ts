/**
 * The views a first visit does not show, each loaded on first use: every import() here is a chunk of
 * its own, so the first screen (the workbench's Results tab) downloads none of their code.
 */
import type { Component } from 'svelte';
import type { Tab } from '../state/router.svelte';
import type { Workbench } from '../workbench/workbench.svelte';

export type Loader<P extends Record<string, unknown>> = () => Promise<{ default: Component<P> }>;

export const PAGES = {
  library: () => import('../library/Library.svelte'),
  share: () => import('../share/ShareLanding.svelte'),
  compare: () => import('../compare/ComparePage.svelte'),
  training: () => import('../training/TrainingPage.svelte'),
  help: () => import('../help/HelpView.svelte'),
  tour: () => import('../tour/TourStart.svelte'),
};

/** Every workbench tab but Results, which the first visit opens on. */
export const TAB_VIEWS: Record<Exclude<Tab, 'results'>, Loader<{ wb: Workbench }>> = {
  city: () => import('../editor/city/CityEditor.svelte'),
  rules: () => import('../editor/rules/RulesEditor.svelte'),
  plan: () => import('../editor/plan/PlanEditor.svelte'),
  targets: () => import('../editor/targets/TargetsEditor.svelte'),
  map: () => import('../map/MapView.svelte'),
  analysis: () => import('../analysis/AnalysisView.svelte'),
  report: () => import('../report/ReportView.svelte'),
};

/** The side panel (explanations and clauses) opens on a click, after the first screen. */
export const sidePanel = (): Promise<{ default: Component<{ wb: Workbench }> }> => import('../panel/SidePanel.svelte');

/** The Results tab below the verdicts: the charts and tables, with the chart code. */
export const resultsDetail = (): Promise<{ default: Component<{ wb: Workbench }> }> => import('../results/ResultsDetail.svelte');

/** The data import and export panel under the results. */
export const dataPanel = (): Promise<{ default: Component<{ wb: Workbench }> }> => import('../data/DataPanel.svelte');

/** The list of a scenario's problems, in words: it reads the schema's field names, which the first screen does not need. */
export const scenarioErrors = (): Promise<{ default: Component<{ wb: Workbench }> }> => import('../workbench/ScenarioErrors.svelte');

/** The first-visit tour of the demo, shown once (src/ui/tour). */
export const tourView = (): Promise<{ default: Component<{ wb: Workbench }> }> => import('../tour/Tour.svelte');
