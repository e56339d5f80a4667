/**
 * What a community from the statistical division codes starts with. The codes carry names only —
 * no households, residents, staff or floor space — so each figure below is a documented estimate,
 * the community is marked `estimated: true`, and the user replaces them by entering or importing
 * real households.
 */
import type { CommunityKind } from '../../engine/scenario';
import type { StreetKind } from '../../io/divisions/codes';

export interface CommunityEstimate {
  households: number;
  residentsPerHousehold: number;
  growth: number;
  inPost: number;
  certified: number;
  bachelor: number;
  /** m² */
  space: number;
}

export const COMMUNITY_ESTIMATES: Record<Exclude<CommunityKind, 'urbanNew'>, CommunityEstimate> = {
  urbanExisting: {
    // NJ2007-2: an urban community is kept at about 2,500 households (QY-4: 1,000–3,000).
    households: 2500,
    // The 7th national census (2020): 2.62 people per family household, nationwide.
    residentsPerHousehold: 2.62,
    // Estimate: no growth until the user enters it.
    growth: 0,
    // Ministry of Civil Affairs (2020): about 4 million workers in about 650,000 communities ≈ 6 each (STANDARDS.md).
    inPost: 6,
    // Estimates, as in the demo city: one certified social worker and half with a degree.
    certified: 1,
    bachelor: 3,
    // GOV2020-4: an existing urban community has at least 300 m²; taken as met.
    space: 300,
  },
  rural: {
    // Estimate: about 477 million rural residents at the end of 2023 (NBS) over 487,144 village
    // committees (2023 codes) ≈ 980 residents each, at 2.8 per household ≈ 350 households.
    households: 350,
    // Estimate: rural households are larger than the national 2.62.
    residentsPerHousehold: 2.8,
    growth: 0,
    // Organic Law of the Villagers' Committees, art. 6: a committee has three to seven members; the fewest.
    inPost: 3,
    certified: 0,
    bachelor: 1,
    // GOV2020-4: a rural community has at least 500 m²; taken as met.
    space: 500,
  },
};

/** Street class by kind (CS2010-6a classes; estimate: sub-districts 1, towns 2, townships 3, zones 2). */
export const STREET_CLASS: Record<StreetKind, 1 | 2 | 3> = { subdistrict: 1, town: 2, township: 3, special: 2 };

/** CS2010-6a: 7 posts at a class-1 station, 6 at class 2, 5 at class 3; taken as filled. */
export const STATION_POSTS: Record<1 | 2 | 3, number> = { 1: 7, 2: 6, 3: 5 };

/** NJ2007-18c, NT2011-5b: a street centre of at least 1,500 m²; taken as met. */
export const STREET_CENTRE_M2 = 1500;

/** NT2011-5a: a district centre of at least 3,000 m²; taken as met. */
export const DISTRICT_CENTRE_M2 = 3000;
