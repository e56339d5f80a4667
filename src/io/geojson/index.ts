/** GeoJSON in: community places, facilities and a walking network, in WGS-84 or GCJ-02 (or the city's local plane). */
export { importGeoJson, type ImportOptions, type ImportResult, type ImportSummary } from './importGeoJson';
export { gcj02ToWgs84, wgs84ToGcj02, outOfChina } from './gcj02';
export { facilityTypeOf } from './facilities';
export type { GeoProblem } from './problems';
