/**
 * The registry: units, payers, levels, community kinds, facility types and cost items, each with its
 * code and its names in both languages. Every layer (engine, io, store, ui, cli, i18n) takes these
 * from here; the registry imports nothing from the rest of the app.
 */
export * from './text';
export * from './units';
export * from './payers';
export * from './levels';
export * from './facilityTypes';
export * from './costItems';
export * from './facilityCosts';
export * from './metrics';
export * from './keySeries';
export * from './uncertainInputs';
export * from './series';
