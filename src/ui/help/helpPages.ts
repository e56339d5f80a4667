/**
 * The guide's pages, found rather than listed: every module in src/i18n/help/ but the page shape
 * itself (and tests) is a page whose id is its file name. Each is a chunk of its own, loaded when asked.
 */
import type { HelpPage } from '../../i18n/help/helpPage';

const MODULES = import.meta.glob<{ default: HelpPage }>(['../../i18n/help/*.ts', '!../../i18n/help/helpPage.ts', '!../../i18n/help/*.test.ts']);

const byId = new Map(Object.entries(MODULES).map(([path, load]) => [/([^/]+)\.ts$/.exec(path)![1], load]));

export const HELP_PAGE_IDS: readonly string[] = [...byId.keys()];

export async function loadHelpPage(id: string): Promise<HelpPage | null> {
  const load = byId.get(id);
  return load ? (await load()).default : null;
}

const PARTS: HelpPage['part'][] = ['paths', 'views', 'analysis', 'reference'];

/** Every page, in the guide's order: by part, then by each page's order. */
export async function loadAllHelpPages(): Promise<HelpPage[]> {
  const pages = await Promise.all([...byId.values()].map(async (load) => (await load()).default));
  return pages.sort((a, b) => PARTS.indexOf(a.part) - PARTS.indexOf(b.part) || a.order - b.order || a.id.localeCompare(b.id));
}

export const HELP_PARTS = PARTS;
