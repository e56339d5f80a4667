/**
 * Paths into a scenario, the one way levers, exercises and a comparison's differences name a place:
 * `plan.hiring.capacityPerYear`, `plan.budgets.district["2026"]`, `ruleSet.overrides["funds.cityPerCommunity"]`.
 * A key that is not an identifier is written in brackets as a JSON string.
 */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The path one key further down. */
export function joinPath(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** A path whose last key is always bracketed: list items by id, overrides by parameter key. */
export const itemPath = (path: string, key: string): string => `${path}[${JSON.stringify(key)}]`;

/** `a.b["c.d"].e` → ['a', 'b', 'c.d', 'e']; null when it does not parse. */
export function splitPath(path: string): string[] | null {
  const keys: string[] = [];
  const token = /^(?:\.?([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\])/;
  let rest = path;
  while (rest.length > 0) {
    const m = token.exec(rest);
    if (!m || (keys.length === 0 && rest.startsWith('.'))) return null;
    keys.push(m[1] ?? (JSON.parse(m[2]) as string));
    rest = rest.slice(m[0].length);
  }
  return keys.length > 0 ? keys : null;
}
