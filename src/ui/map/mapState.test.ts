import { describe, expect, it } from 'vitest';
import { CancelledError, type CoverageLayers, type EngineClient, type LayersOutcome, type RunSuccess } from '../engineClient';
import { MapState } from './mapState.svelte';

const outcome = (runId: number, spatial = true) => ({ ok: true, runId, view: { coverage: spatial ? {} : null } }) as unknown as RunSuccess;
const layers = (runId: number) => ({ runId }) as CoverageLayers;

function client(answer: (call: number) => Promise<LayersOutcome>) {
  let calls = 0;
  const c = { coverageLayers: () => answer(++calls) } as unknown as EngineClient;
  return { c, calls: () => calls };
}

describe('MapState.load', () => {
  it('fetches a run’s cells once, and again only for a newer run', async () => {
    const st = new MapState();
    const { c, calls } = client(async (n) => ({ ok: true, layers: layers(n) }));
    const first = outcome(1);
    await st.load(c, first);
    await st.load(c, first);
    expect(calls()).toBe(1);
    expect(st.status).toBe('ready');
    await st.load(c, outcome(2));
    expect(calls()).toBe(2);
    expect(st.layers?.runId).toBe(2);
  });

  it('says there is nothing to draw without spatial data, without asking the worker', async () => {
    const st = new MapState();
    const { c, calls } = client(async () => ({ ok: true, layers: null }));
    await st.load(c, outcome(1, false));
    expect([st.status, calls()]).toEqual(['none', 0]);
  });

  it('reports a failure and asks again next time; a cancelled call is no failure', async () => {
    const st = new MapState();
    const failing = client(async () => ({ ok: false, message: 'no run yet' }));
    const o = outcome(3);
    await st.load(failing.c, o);
    expect([st.status, st.message]).toEqual(['failed', 'no run yet']);
    await st.load(failing.c, o);
    expect(failing.calls()).toBe(2);
    const cancelled = client(() => Promise.reject(new CancelledError()));
    const fresh = new MapState();
    await fresh.load(cancelled.c, outcome(4));
    expect(fresh.status).toBe('idle');
  });

  it('keeps only the answer for the newest run when answers cross', async () => {
    const st = new MapState();
    let release: (v: LayersOutcome) => void = () => {};
    const slow = { coverageLayers: () => new Promise<LayersOutcome>((r) => (release = r)) } as unknown as EngineClient;
    const old = st.load(slow, outcome(5));
    const releaseOld = release;
    const newer = st.load(slow, outcome(6));
    release({ ok: true, layers: layers(6) });
    await newer;
    releaseOld({ ok: true, layers: layers(5) });
    await old;
    expect(st.layers?.runId).toBe(6);
  });
});
