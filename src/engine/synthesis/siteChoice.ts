/** Facility sites as a lever: the candidates and what they can do for each chosen coverage target, read once per synthesis. */
import { prepareCoverage } from '../coverage/prepare';
import type { Scenario, Target } from '../scenario';
import type { Calibration } from './calibrate';
import { movedBySites, siteCandidates, sourceOf, type SiteSource } from './siteCandidates';
import { siteTargets } from './siteCover';
import type { SiteChoice } from './siteRows';

/** null when no chosen target is on coverage or the city has no spatial data. */
export function siteChoiceOf(scenario: Scenario, cal: Calibration, targets: Target[], source?: SiteSource): SiteChoice | null {
  const covering = targets.filter(movedBySites);
  const prep = covering.length > 0 ? prepareCoverage(scenario) : null;
  if (!prep) return null;
  const candidates = siteCandidates(scenario, prep, cal, covering, sourceOf(scenario, source));
  return { candidates, targets: siteTargets(prep, cal, candidates, covering) };
}
