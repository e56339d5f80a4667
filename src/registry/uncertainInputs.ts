/**
 * What an uncertain input of a scenario may perturb, with its name; the ranges and how a drawn value
 * applies are in src/engine/uncertainty/. A budget input names its payer as well ("city budget
 * multiplier"); src/i18n/names.ts puts the two together.
 */
import glossary from './glossary.json';
import type { Name } from './text';

export const UNCERTAIN_INPUTS = ['householdGrowth', 'wageGrowth', 'budget', 'buildingDelay', 'hiringSuccess'] as const;
export type UncertainWhat = (typeof UNCERTAIN_INPUTS)[number];

export const UNCERTAIN_INPUT_NAME: Record<UncertainWhat, Name> = glossary.uncertainInput;
