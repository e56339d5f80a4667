/**
 * The division files from the app's own origin (public/divisions/, written by npm run divisions):
 * the index once, then only the city chosen — 0.5 to 163 kB — never the whole country.
 */
import { expandCity, readIndex, type CityDivisions, type DivisionIndex } from '../../io/divisions/format';

const BASE = `${import.meta.env.BASE_URL}divisions/`;

async function getJson(file: string): Promise<unknown> {
  const response = await fetch(BASE + file);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.json();
}

export async function fetchDivisionIndex(): Promise<DivisionIndex> {
  return readIndex(await getJson('index.json'));
}

export async function fetchCityDivisions(code: string): Promise<CityDivisions> {
  if (!/^\d{4}$/.test(code)) throw new Error(`${code}: not a 4-digit city code`);
  return expandCity(await getJson(`${code}.json`));
}
