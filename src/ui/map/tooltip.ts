/** What the map's tooltip says about a community or a facility, as rows of label and value. */
import type { CoverageKey } from '../../engine/coverage/types';
import { FACILITY_TYPES } from '../../engine/scenario';
import { formatShare, formatWhole } from '../../i18n/format';
import type { MapMessages } from '../../i18n/map';
import type { Locale } from '../../i18n/messages';
import type { MapCommunity, MapFacility } from './mapGeometry';

export interface TooltipContent {
  title: string;
  subtitle?: string;
  rows: { label: string; value: string; lead?: boolean }[];
  hint?: string;
}

export interface CommunityFigures {
  households: number;
  residents: number;
  /** per key, NaN without residents */
  shares: Partial<Record<CoverageKey, number>>;
}

const share = (v: number | undefined, locale: Locale) => (v === undefined || !Number.isFinite(v) ? '—' : formatShare(v, locale));

export function communityTooltip(c: MapCommunity, district: string, f: CommunityFigures, t: MapMessages, locale: Locale): TooltipContent {
  return {
    title: c.name,
    subtitle: `${c.street} · ${district}`,
    rows: [
      { label: t.tooltip.households, value: formatWhole(f.households, locale) },
      { label: t.tooltip.residents, value: formatWhole(f.residents, locale) },
      { label: t.tooltip.coverage, value: '' },
      { label: t.keys.all5, value: share(f.shares.all5, locale), lead: true },
      ...FACILITY_TYPES.map((type) => ({ label: t.keys[type], value: share(f.shares[type], locale) })),
    ],
    hint: t.tooltip.clickHint,
  };
}

export function facilityTooltip(f: MapFacility, year: number, t: MapMessages): TooltipContent {
  return {
    title: f.name,
    subtitle: `${t.keys[f.type]} · ${f.planned ? t.tooltip.planned : t.tooltip.existing}`,
    rows: [{ label: t.tooltip.opens(f.openingYear), value: f.openingYear > year ? t.tooltip.notOpen : '' }],
  };
}
