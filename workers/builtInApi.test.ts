import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtInApi, runAtStart } from './builtInApi';
import { fetchAtStart } from './fileAtStart';
import { runAtStartName } from './runAtStart';

const demo = readFileSync(new URL('../scenarios/demo-15th-fyp.json', import.meta.url), 'utf8');
let fetched: string[] = [];

beforeEach(() => {
  fetched = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    // The page has downloaded the file already; the worker takes the browser's copy.
    fetched.push(`${url} ${init?.cache}`);
    return url.endsWith('gone.json') ? new Response('', { status: 404 }) : new Response(demo);
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('builtInApi', () => {
  it('a worker named for a file fetches it at start, from the browser’s cache if there, and answers the page with that run, once', async () => {
    runAtStart(runAtStartName('/assets/demo.json'));
    expect(fetched).toEqual(['/assets/demo.json force-cache']);
    const outcome = await builtInApi.runBuiltInFile('/assets/demo.json');
    expect(fetched).toHaveLength(1);
    expect(outcome.ok && outcome.view.verdicts.length).toBeGreaterThan(0);
    // Asked again, it runs the file again.
    await builtInApi.runBuiltInFile('/assets/demo.json');
    expect(fetched).toHaveLength(2);
  });

  it('a worker with another name starts nothing', () => {
    runAtStart('');
    runAtStart('/assets/demo.json');
    expect(fetched).toEqual([]);
  });

  it('a file that cannot be fetched rejects the page’s call, whether started at start or on call', async () => {
    runAtStart(runAtStartName('/assets/gone.json'));
    await expect(builtInApi.runBuiltInFile('/assets/gone.json')).rejects.toThrow('/assets/gone.json: HTTP 404');
    await expect(builtInApi.runBuiltInFile('/assets/gone.json')).rejects.toThrow('/assets/gone.json: HTTP 404');
    expect(fetched).toHaveLength(2);
  });
});

describe('a file fetched as the worker starts', () => {
  it('is the text the run starts from, fetched once; another name fetches nothing', async () => {
    fetchAtStart('');
    expect(fetched).toEqual([]);
    fetchAtStart(runAtStartName('/assets/early.json'));
    expect(fetched).toEqual(['/assets/early.json force-cache']);
    runAtStart(runAtStartName('/assets/early.json'));
    const outcome = await builtInApi.runBuiltInFile('/assets/early.json');
    expect(fetched).toHaveLength(1);
    expect(outcome.ok && outcome.view.verdicts.length).toBeGreaterThan(0);
  });
});
