/**
 * The built-in scenarios a user can start from. Fetched as files when chosen, so the page bundle
 * does not carry a city's worth of JSON.
 */
import demoUrl from '../../../scenarios/demo-15th-fyp.json?url&no-inline';
import nanjingUrl from '../../../scenarios/nanjing-2007-2010.json?url&no-inline';
import qinghuUrl from '../../../scenarios/qinghu-2026-2030.json?url&no-inline';

export interface BuiltIn {
  key: string;
  name: { zh: string; en: string };
  url: string;
}

export const BUILT_INS: readonly BuiltIn[] = [
  { key: 'demo-15th-fyp', name: { zh: '示范市“十五五”社区建设（2026–2030，GOV2020）', en: 'Demo city, 15th Five-Year Plan (2026–2030, GOV2020)' }, url: demoUrl },
  { key: 'nanjing-2007-2010', name: { zh: '南京 2007–2010 回放（NJ2007）', en: 'Nanjing 2007–2010 replay (NJ2007)' }, url: nanjingUrl },
  { key: 'qinghu-2026-2030', name: { zh: '青湖市（虚构）：每250户1人、2028年起市区6:4', en: 'Qinghu (fictional): 1 per 250 households, 6:4 split from 2028' }, url: qinghuUrl },
];

export async function fetchBuiltIn(builtIn: BuiltIn): Promise<unknown> {
  return JSON.parse(await fetchBuiltInText(builtIn));
}

/** The file's text, as the first visit stores it (src/ui/library/firstVisit.ts). */
export async function fetchBuiltInText(builtIn: BuiltIn): Promise<string> {
  const response = await fetch(builtIn.url);
  if (!response.ok) throw new Error(`${builtIn.url}: HTTP ${response.status}`);
  return response.text();
}
