/** Building starts and life-circle facilities: an entity's cost as the sum of what it started or runs that year. */
import { facilityCostIn } from '../steps/facilityCharges';
import type { CostFigure, CostWorking } from './entityCost';
import { num, op } from './formula';
import type { Formula } from './types';

function added(terms: Formula[]): Formula {
  return terms.length === 0 ? num(0) : terms.length === 1 ? terms[0] : op('add', ...terms);
}

/** Explicit projects at their own price, then the automatic programme's m² at its price (steps/building.ts). */
export function explainBuilding(fig: CostFigure): CostWorking {
  const { p, e, y, i, payer, inputs } = fig;
  inputs.add({ kind: 'spaceStarted', value: p.series.spaceStarted[i], unit: 'm2' });
  const terms: Formula[] = [];
  let projectM2 = 0;
  for (const s of p.projectStarts) {
    if (s.entity !== e || s.yearIdx !== y) continue;
    projectM2 += s.m2;
    if (s.payer !== payer || s.m2 === 0) continue;
    const of = { id: s.projectId };
    terms.push(op('mul', inputs.add({ kind: 'projectArea', value: s.m2, unit: 'm2', of }), inputs.add({ kind: 'projectCostPerM2', value: s.cost / s.m2, unit: 'yuanPerM2', of })));
  }
  // What the projects did not start, the programme did.
  const programmeM2 = p.series.spaceStarted[i] - projectM2;
  if (payer === p.autoBuild.payer && programmeM2 > 1e-9) {
    const area = inputs.add({ kind: 'programmeArea', value: programmeM2, unit: 'm2' });
    terms.push(op('mul', area, inputs.add({ kind: 'programmeCostPerM2', value: p.autoBuild.costPerM2, unit: 'yuanPerM2' })));
  }
  return { formula: added(terms), rules: [] };
}

/** Capital in the opening year, running costs from then on (steps/facilityCharges.ts). */
export function explainFacilities(fig: CostFigure): CostWorking {
  const { p, e, y, payer, inputs } = fig;
  const terms: Formula[] = [];
  for (const f of p.facilityCharges) {
    if (f.entity !== e || f.payer !== payer) continue;
    const { capital, running } = facilityCostIn(f, p.years[y], p.years[0]);
    const of = { id: f.id, name: f.name };
    if (capital > 0) terms.push(inputs.add({ kind: 'facilityCapital', value: capital, unit: 'yuan', of }));
    if (running > 0) terms.push(inputs.add({ kind: 'facilityRunning', value: running, unit: 'yuan', of }));
  }
  // GOV2020-4b asks for the circle's facilities; what they cost is the plan's own estimate.
  return { formula: added(terms), rules: ['GOV2020-4b'] };
}
