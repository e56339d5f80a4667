/**
 * The plan synthesis form as text fields, read into the engine's SynthesisOptions. Hiring is always a
 * free lever here (as in the CLI): the capacity the plan needs is what the user asks for. Facility
 * sites are a lever unless unticked: without them no coverage target can move.
 */
import type { SynthesisOptions } from '../../../engine';
import { PAYERS, type Payer } from '../../../registry/payers';

export type ObjectiveKind = 'total' | 'payer' | 'peak';

export interface SynthesisFields {
  /** chosen target ids; every target when all are chosen */
  targets: string[];
  objective: ObjectiveKind;
  payer: Payer;
  /** 万元 a year, per payer; blank for no ceiling */
  ceilings: Record<Payer, string>;
  /** people a year; blank for no limit */
  hiringMax: string;
  /** m² a year; blank for no limit */
  buildingMax: string;
  nonDecreasing: boolean;
  /** facility sites are a lever (for coverage targets) */
  sites: boolean;
}

export type FormProblem = 'noTargets' | 'ceiling' | 'hiringMax' | 'buildingMax';

export function blankFields(): SynthesisFields {
  return { targets: [], objective: 'total', payer: 'district', ceilings: { city: '', district: '', street: '' }, hiringMax: '', buildingMax: '', nonDecreasing: false, sites: true };
}

/** A blank field is no bound; anything else must be a number ≥ 0 (whole for people). */
function bound(text: string, whole: boolean): number | null | undefined {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && (!whole || Number.isInteger(n)) ? n : null;
}

export function synthesisOptions(f: SynthesisFields, allTargets: string[]): { ok: true; options: SynthesisOptions } | { ok: false; problem: FormProblem } {
  const chosen = allTargets.filter((id) => f.targets.includes(id));
  if (chosen.length === 0) return { ok: false, problem: 'noTargets' };
  const options: SynthesisOptions = {
    objective: f.objective === 'total' ? { kind: 'total' } : { kind: f.objective, payer: f.payer },
    freeHiring: true,
    ...(chosen.length < allTargets.length && { targets: chosen }),
    ...(f.nonDecreasing && { nonDecreasingBudgets: true }),
    ...(f.sites && { freeSites: true }),
  };
  for (const p of PAYERS) {
    const wan = bound(f.ceilings[p], false);
    if (wan === null) return { ok: false, problem: 'ceiling' };
    if (wan !== undefined) options.budgetCeiling = { ...options.budgetCeiling, [p]: wan * 1e4 };
  }
  const hires = bound(f.hiringMax, true);
  if (hires === null) return { ok: false, problem: 'hiringMax' };
  if (hires !== undefined) options.hiringCapacityMax = hires;
  const m2 = bound(f.buildingMax, false);
  if (m2 === null) return { ok: false, problem: 'buildingMax' };
  if (m2 !== undefined) options.buildingCapacityM2 = m2;
  return { ok: true, options };
}
