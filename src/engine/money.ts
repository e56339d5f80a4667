/** Money for sentences: stored in yuan, shown in 万元 (DESIGN.md, convention 3), and in millions for English readers. */

function group(x: number, decimals: number): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

/** "1,240" for 12,400,000 yuan: whole 万 from 100 up, one decimal below, two below 1. */
export function wan(yuan: number): string {
  const w = Math.abs(yuan) / 10_000;
  return group(w, w >= 100 ? 0 : w >= 1 ? 1 : 2);
}

/** "1,240 万元" */
export function wanZh(yuan: number): string {
  return `${wan(yuan)} 万元`;
}

/** "12.4 million yuan (1,240万)"; below a million, whole yuan: "480,000 yuan (48万)". */
export function yuanEn(yuan: number): string {
  const a = Math.abs(yuan);
  const big = a >= 1e9 ? `${group(a / 1e9, 2)} billion yuan` : a >= 1e6 ? `${group(a / 1e6, 1)} million yuan` : `${group(a, 0)} yuan`;
  return `${big} (${wan(a)}万)`;
}
