/**
 * Chart colours, the one palette of every view: few, muted, and apart in lightness so that they still
 * tell apart when printed in grey; lines also differ by dash and marker. Payers keep the same colour on
 * every chart and table; a role (what is required, a fan's band, a threshold) has one colour wherever
 * it is drawn.
 */
import type { Payer } from '../../engine/scenario';

const INK = '#1d2329';
const BLUE = '#3b6994';
const GREEN = '#6d8f3a';
const OCHRE = '#d6ad55';
const GREY = '#7d7d7d';

export const PAYER_COLOR: Record<Payer, string> = {
  city: '#7a1f17',
  district: '#4a78a6',
  street: OCHRE,
};

/** What a rule asks for is drawn dashed in ink; what is there, solid in blue. */
export const REQUIRED_STYLE = { color: INK, dash: '6 3', marker: 'square' } as const;
export const SUPPLY_STYLE = { color: BLUE, dash: '', marker: 'circle' } as const;

/** The districts' small multiples: one colour per measure. */
export const MEASURE_COLOR = { staffGap: BLUE, spaceGap: GREEN, spending: GREY } as const;

/** A fan: the P5–P95 band, the P25–P75 band and the median. */
export const FAN_OUTER = '#c9d9ea';
export const FAN_INNER = '#7fa3c8';
export const FAN_MEDIAN = INK;

/** The draws with an input's lowest tenth (light, warm) and highest tenth (dark, cool). */
export const TORNADO_LOW = OCHRE;
export const TORNADO_HIGH = BLUE;

/** The threshold a target must reach, wherever it is drawn (the app's --bad). */
export const THRESHOLD = '#a61b1b';
/** A value found or a centre line, drawn in ink. */
export const ANSWER = INK;

export type Marker = 'circle' | 'square' | 'triangle' | 'diamond';

export interface LineStyle {
  color: string;
  dash: string;
  marker: Marker;
}

const COLORS = [INK, BLUE, '#8c1c13', GREEN, '#b07d2a', '#6a4c93', '#2a7f7f', GREY];
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
  /** drawn thin and grey behind the highlighted few (src/ui/charts/highlight.ts) */
  muted?: boolean;
}

/** The grey of series behind the highlighted few: light enough to recede, dark enough to read in print. */
export const MUTED_COLOR = '#c4c4c4';
