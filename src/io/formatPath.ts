/** A path into a scenario as text, `a.b[2]["2026"]`: its own module, since screens that save an edit need it without the validator. */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Dotted names and [index]; keys that are not plain names (years, parameter keys) go in ["…"] so the path reads back unambiguously. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}
