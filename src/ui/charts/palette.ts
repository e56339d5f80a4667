/**
 * Chart colours: few, muted, and ordered by lightness so that they still tell apart when printed in
 * grey; lines also differ by dash and marker. Payers keep the same colour on every chart and table.
 */
import type { Payer } from '../../engine/scenario';

export const PAYER_COLOR: Record<Payer, string> = {
  city: '#7a1f17',
  district: '#4a78a6',
  street: '#d6ad55',
};

/** What a rule asks for is drawn dashed in ink; what is there, solid in blue. */
export const REQUIRED_STYLE = { color: '#1d2329', dash: '6 3', marker: 'square' } as const;
export const SUPPLY_STYLE = { color: '#3b6994', dash: '', marker: 'circle' } as const;

export type Marker = 'circle' | 'square' | 'triangle' | 'diamond';

export interface LineStyle {
  color: string;
  dash: string;
  marker: Marker;
}

const COLORS = ['#1d2329', '#3b6994', '#8c1c13', '#6d8f3a', '#b07d2a', '#6a4c93', '#2a7f7f', '#7d7d7d'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];
const MARKERS: Marker[] = ['circle', 'square', 'triangle', 'diamond'];

/**
 * The i-th style of a series list. Neighbours differ in colour, dash and marker; the dash shifts once
 * the colours come round again, so no two of the first 32 series look alike.
 */
export function lineStyle(i: number): LineStyle {
  const round = Math.floor(i / COLORS.length);
  return { color: COLORS[i % COLORS.length], dash: DASHES[(i + round) % DASHES.length], marker: MARKERS[i % MARKERS.length] };
}

export interface LegendItem {
  label: string;
  color: string;
  dash?: string;
  marker?: Marker;
  /** a filled block instead of a line, for bars */
  block?: boolean;
}

export interface LineSeries extends LineStyle {
  key: string;
  label: string;
  values: (number | null)[];
}
