/** Numbers in formulas: whole numbers plainly, others to at most two decimals. */
export function num(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return String(Math.round(x * 100) / 100);
}
