/**
 * Figures a run's reader never reads, which the run may then leave unworked (Monte Carlo draws read
 * only their targets and key series: uncertainty/drawReads.ts).
 */
export interface Unread {
  /** certified and graduate staff: their series are left unworked, holding junk */
  qualifications: boolean;
  /**
   * per cost line, in COST_LINES' order (runState.ts): its values entity by entity, which are then added
   * to an array that was not cleared. The payers' sums come from the steps, never from the lines, so
   * they are kept.
   */
  costLines: readonly boolean[];
}

/** A run read whole: it leaves nothing out. */
export const READ_WHOLE: Unread = { qualifications: false, costLines: [] };
