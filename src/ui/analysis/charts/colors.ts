/**
 * Colours of the analysis charts, from the same muted family as src/ui/charts/palette.ts and apart in
 * lightness, so bands and bars still tell apart when printed in grey.
 */
export const FAN_OUTER = '#c9d9ea';
export const FAN_INNER = '#7fa3c8';
export const FAN_MEDIAN = '#1d2329';

/** The draws with an input's lowest tenth (light, warm) and highest tenth (dark, cool). */
export const TORNADO_LOW = '#d6ad55';
export const TORNADO_HIGH = '#3b6994';

/** The threshold a target must reach, wherever it is drawn. */
export const THRESHOLD = '#a61b1b';
