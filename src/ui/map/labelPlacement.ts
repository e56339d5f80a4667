/**
 * District names that never sit on one another: the larger district places its name first, where
 * its outline puts it; a smaller one whose box would touch a placed name tries a row above, then a
 * row below, then two rows, and is left out when none is free (its outline and the figures beside
 * the map still name it).
 */

export interface LabelBox {
  /** centre, in screen pixels */
  x: number;
  y: number;
  width: number;
  height: number;
  /** larger wins: the district's extent on screen */
  size: number;
}

export interface PlacedLabel {
  x: number;
  y: number;
  shown: boolean;
}

/** Rows tried in turn, in label heights from the wanted place. */
const ROWS = [0, -1, 1, -2, 2];
/** Clear space kept between two names, in pixels. */
const GAP = 2;

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * GAP && Math.abs(a.y - b.y) * 2 < a.height + b.height + 2 * GAP;
}

export function placeLabels(labels: readonly LabelBox[]): PlacedLabel[] {
  const out: PlacedLabel[] = labels.map((l) => ({ x: l.x, y: l.y, shown: false }));
  const order = labels.map((_, i) => i).sort((a, b) => labels[b].size - labels[a].size || a - b);
  const placed: LabelBox[] = [];
  for (const i of order) {
    const l = labels[i];
    for (const row of ROWS) {
      const box = { ...l, y: l.y + row * (l.height + GAP) };
      if (placed.some((p) => overlaps(p, box))) continue;
      placed.push(box);
      out[i] = { x: box.x, y: box.y, shown: true };
      break;
    }
  }
  return out;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** A name's width at a font size: a CJK character is a square, a Latin one a little over half of it. */
export function labelWidth(text: string, fontPx: number): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? fontPx : fontPx * 0.6;
  return w;
}
