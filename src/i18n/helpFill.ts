/**
 * What a help page shows besides its own text: the worked example with its {name} placeholders filled
 * from the figures computed on the demo, and the rules it cites, named as the Rules tab names them.
 */
import documents from '../../scenarios/policy/documents.json';
import rules from '../../scenarios/policy/rules.json';
import type { Locale } from './messages';

/** One piece of a filled paragraph: plain text, or a computed figure (the page marks it for tests and readers). */
export type Piece = { text: string } | { figure: string; text: string };

/**
 * Split a paragraph at its {name} placeholders, each replaced by figures[name]. A placeholder without
 * a figure is an error in the page, named so it is fixed rather than printed as braces.
 */
export function fillFigures(paragraph: string, figures: Record<string, string>): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of paragraph.matchAll(/\{(\w+)\}/g)) {
    const name = match[1];
    if (!(name in figures)) throw new Error(`help example: no figure named "${name}"`);
    if (match.index > at) pieces.push({ text: paragraph.slice(at, match.index) });
    pieces.push({ figure: name, text: figures[name] });
    at = match.index + match[0].length;
  }
  if (at < paragraph.length) pieces.push({ text: paragraph.slice(at) });
  return pieces;
}

/** The placeholders a paragraph uses. */
export function placeholders(paragraph: string): string[] {
  return [...paragraph.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

export interface RuleRef {
  id: string;
  /** the document's title in the reader's language */
  title: string;
  /** its 文号, '' where the text bears none */
  number: string;
}

const RULE_DOC = new Map(rules.map((r) => [r.id, r.doc]));
const DOCS = new Map(documents.map((d) => [d.id, d]));

/** The rules a page cites, each with its document's title and number; an unknown id is an error in the page. */
export function ruleRefs(ids: readonly string[], locale: Locale): RuleRef[] {
  return ids.map((id) => {
    const doc = DOCS.get(RULE_DOC.get(id) ?? '');
    if (!doc) throw new Error(`help page cites unknown rule "${id}"`);
    return { id, title: locale === 'en' ? doc.titleEn : doc.title, number: doc.number };
  });
}
