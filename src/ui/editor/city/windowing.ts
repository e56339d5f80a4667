/**
 * Which rows of a long, fixed-height list to render for a scroll position: only those in view plus a
 * few either side, with spacers standing in for the rest so the scrollbar keeps its true length.
 */

export interface WindowInput {
  /** the scroll container's scrollTop, px */
  scrollTop: number;
  /** the container's visible height, px */
  viewport: number;
  rowHeight: number;
  count: number;
  /** rows rendered beyond each edge, so Tab and fast scrolling meet rendered rows */
  overscan?: number;
  /** px above the first row inside the scroller (a sticky table head) */
  offset?: number;
}

export interface RowWindow {
  /** first rendered row */
  first: number;
  /** one past the last rendered row */
  end: number;
  /** spacer heights above and below the rendered rows, px */
  before: number;
  after: number;
}

export function rowWindow({ scrollTop, viewport, rowHeight, count, overscan = 6, offset = 0 }: WindowInput): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { first: 0, end: 0, before: 0, after: 0 };
  const top = Math.max(0, scrollTop - offset);
  const firstVisible = Math.min(count - 1, Math.floor(top / rowHeight));
  // Before the container is measured, render one screenful's worth rather than nothing.
  const height = viewport > 0 ? viewport : 20 * rowHeight;
  const lastVisible = Math.min(count - 1, Math.floor((top + height - 1) / rowHeight));
  const first = Math.max(0, firstVisible - overscan);
  const end = Math.min(count, lastVisible + 1 + overscan);
  return { first, end, before: first * rowHeight, after: (count - end) * rowHeight };
}

/**
 * The scrollTop that brings row `index` into view, or the current one when it is already in view.
 * `head` is the height of what sticks over the top of the list (the table head).
 */
export function scrollToRow(index: number, scrollTop: number, viewport: number, rowHeight: number, offset = 0, head = offset): number {
  const rowTop = offset + index * rowHeight;
  if (rowTop - head < scrollTop) return Math.max(0, rowTop - head);
  if (rowTop + rowHeight > scrollTop + viewport) return rowTop + rowHeight - viewport;
  return scrollTop;
}
