/** "118.77441, 32.20448" (or with a Chinese comma, or spaces) as two numbers; null when it is not two finite numbers. */
export function parsePair(text: string): [number, number] | null {
  const parts = text
    .trim()
    .split(/[\s,，;；]+/)
    .filter((p) => p !== '');
  if (parts.length !== 2) return null;
  const [a, b] = parts.map(Number);
  return Number.isFinite(a) && Number.isFinite(b) ? [a, b] : null;
}
