/**
 * A built-in's file fetched by a worker named for it (src/ui/early), started as the worker's script
 * begins to evaluate (startFetch.ts, the entry's first import), so the file comes from the browser's
 * cache while the engine's modules evaluate. Imports nothing of the engine, which would evaluate first.
 */
import { runAtStartUrl } from './runAtStart';

const fetching = new Map<string, Promise<string>>();

/** The built-in file at `url`, as text. */
export async function fetchBuiltInFile(url: string): Promise<string> {
  // A built-in's URL names its content (the build hashes it), so a cached copy is never stale.
  const response = await fetch(url, { cache: 'force-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** Start fetching the file a worker's name asks for; another name starts nothing. */
export function fetchAtStart(name: string): void {
  const url = runAtStartUrl(name);
  if (url === null) return;
  const text = fetchBuiltInFile(url);
  // Rejects for whoever takes it; until then the failure is not reported.
  text.catch(() => {});
  fetching.set(url, text);
}

/** The file fetched at start, once; a new fetch otherwise. */
export function takeFile(url: string): Promise<string> {
  const text = fetching.get(url) ?? fetchBuiltInFile(url);
  fetching.delete(url);
  return text;
}
