import type { Scenario } from '../engine/scenario';

/** How a scenario did when last run, for the library list. */
export interface VerdictSummary {
  met: number;
  total: number;
}

export interface ScenarioRecord {
  id: string;
  name: string;
  scenario: Scenario;
  createdAt: number;
  updatedAt: number;
  /** the built-in scenario it was made from, if any */
  source?: string;
  verdicts?: VerdictSummary;
}

/** What the library list shows, without the city. */
export type ScenarioMeta = Omit<ScenarioRecord, 'scenario'> & { ruleSetId: string; horizon: Scenario['horizon'] };

export interface Settings {
  locale?: 'zh-CN' | 'en';
}

export function metaOf(r: ScenarioRecord): ScenarioMeta {
  const { scenario, ...rest } = r;
  return { ...rest, ruleSetId: scenario.ruleSet.id, horizon: scenario.horizon };
}
