import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtInApi, runAtStart } from './builtInApi';
import { runApi } from './runApi';
import { runAtStartName } from './runAtStart';

const demo = readFileSync(new URL('../scenarios/demo-15th-fyp.json', import.meta.url), 'utf8');
let fetched: string[] = [];

beforeEach(() => {
  fetched = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return url.endsWith('gone.json') ? new Response('', { status: 404 }) : new Response(demo);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('builtInApi', () => {
  it('a worker named for a file fetches it at start, sends its text before the run, and answers the page with that run, once', async () => {
    const order: string[] = [];
    const original = runApi.runBuiltIn;
    vi.spyOn(runApi, 'runBuiltIn').mockImplementation((text) => {
      order.push('run');
      return original(text);
    });
    runAtStart(runAtStartName('/assets/demo.json'), (text) => order.push(text === demo ? 'text' : 'another text'));
    expect(fetched).toEqual(['/assets/demo.json']);
    const outcome = await builtInApi.runBuiltInFile('/assets/demo.json');
    expect(order).toEqual(['text', 'run']);
    expect(fetched).toEqual(['/assets/demo.json']);
    expect(outcome.ok && outcome.view.verdicts.length).toBeGreaterThan(0);
    // Asked again, it runs the file again.
    await builtInApi.runBuiltInFile('/assets/demo.json');
    expect(fetched).toEqual(['/assets/demo.json', '/assets/demo.json']);
  });

  it('a worker with another name starts nothing', () => {
    const sendText = vi.fn();
    runAtStart('', sendText);
    runAtStart('/assets/demo.json', sendText);
    expect(fetched).toEqual([]);
    expect(sendText).not.toHaveBeenCalled();
  });

  it('a file that cannot be fetched sends no text and rejects the page’s call, whether started at start or on call', async () => {
    const sendText = vi.fn();
    runAtStart(runAtStartName('/assets/gone.json'), sendText);
    await expect(builtInApi.runBuiltInFile('/assets/gone.json')).rejects.toThrow('/assets/gone.json: HTTP 404');
    await expect(builtInApi.runBuiltInFile('/assets/gone.json')).rejects.toThrow('/assets/gone.json: HTTP 404');
    expect(fetched).toEqual(['/assets/gone.json', '/assets/gone.json']);
    expect(sendText).not.toHaveBeenCalled();
  });
});
