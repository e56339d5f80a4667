/** The app's own division files and demo, from which a compact share link is made and rebuilt. */
import type { Scenario } from '../../engine/scenario';
import { fetchCityDivisions } from '../divisions/loadDivisions';
import { BUILT_INS, fetchBuiltIn } from '../library/builtIns';
import type { ShareBases } from './compactShare';

export const APP_BASES: ShareBases = {
  cityDivisions: fetchCityDivisions,
  demo: async () => (await fetchBuiltIn(BUILT_INS.find((b) => b.key === 'demo-15th-fyp') ?? BUILT_INS[0])) as Scenario,
};
