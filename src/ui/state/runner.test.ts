import { describe, expect, it } from 'vitest';
import { smallScenario } from '../../fixtures/smallScenario';
import { SHELL } from '../../i18n/shell';
import { WorkerFailedError, type EngineClient, type RunOutcome, type RunSuccess } from '../engineClient';
import { Runner } from './runner.svelte';

/** A stand-in worker whose runs finish when the test says so. */
function fakeClient() {
  const calls: { name: string; finish: () => void; fail: (error: Error) => void }[] = [];
  const client: EngineClient = {
    run: (scenario) =>
      new Promise<RunOutcome>((resolve, reject) => {
        const name = (scenario as { name: string }).name;
        calls.push({ name, finish: () => resolve({ ok: false, errors: [{ path: 'name', zh: name, en: name }] }), fail: reject });
      }),
    explain: async () => ({ ok: false, message: '' }),
    validate: async () => [],
    coverageLayers: async () => ({ ok: false, message: '' }),
    suggestSites: async () => ({ ok: false, message: '' }),
    drawHome: () => ({ prepare: async () => false, draws: async () => null, stop: () => {} }),
    runBuiltIn: async () => ({ ok: false, errors: [] }),
    cancel: () => {},
    dispose: () => {},
  };
  return { client, calls };
}

const named = (name: string) => ({ ...smallScenario(), name });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('Runner', () => {
  it('runs an edit at once when idle, and collapses edits made during a run into one run of the newest', async () => {
    const { client, calls } = fakeClient();
    const runner = new Runner(client);
    runner.request(named('a'));
    expect(calls.map((c) => c.name)).toEqual(['a']);
    runner.request(named('b'));
    runner.request(named('c'));
    expect(runner.status).toBe('pending');
    calls[0].finish();
    await settle();
    expect(calls.map((c) => c.name)).toEqual(['a', 'c']);
    calls[1].finish();
    await settle();
    expect(runner.status).toBe('invalid');
    expect(runner.errors[0].zh).toBe('c');
  });

  it('says in Chinese when the worker failed, and retry runs the newest scenario again', async () => {
    const { client, calls } = fakeClient();
    const runner = new Runner(client);
    runner.request(named('a'));
    runner.request(named('b'));
    calls[0].finish();
    await settle();
    calls[1].fail(new WorkerFailedError(''));
    await settle();
    expect(runner.status).toBe('failed');
    expect(runner.message.zh).toBe(SHELL['zh-CN'].workerFailed);
    runner.retry();
    expect(runner.status).toBe('running');
    expect(calls.map((c) => c.name)).toEqual(['a', 'b', 'b']);
  });

  it('shows an adopted run at once; one without coverage is run again in full before its verdicts are noted', async () => {
    const { client, calls } = fakeClient();
    const noted: RunSuccess[] = [];
    const runner = new Runner(client, (o) => noted.push(o));
    const early = { ok: true, runId: 1, coveragePending: ['circle'] } as unknown as RunSuccess;
    runner.adopt(named('demo'), early);
    expect(runner.outcome).toBe(early);
    expect(calls.map((c) => c.name)).toEqual(['demo']);
    expect(noted).toEqual([]);

    const full = { ok: true, runId: 2 } as unknown as RunSuccess;
    new Runner(client, (o) => noted.push(o)).adopt(named('full'), full);
    expect(calls.map((c) => c.name)).toEqual(['demo']);
    expect(noted).toEqual([full]);
  });
  it('shows a run still under way when it answers, makes it again when it fails, and drops it for an edit made meanwhile', async () => {
    const { client, calls } = fakeClient();
    const answered = { ok: true, runId: 1 } as unknown as RunSuccess;
    const waiting = new Runner(client);
    let answer: (outcome: RunOutcome) => void = () => {};
    void waiting.adoptWhenAnswered(named('demo'), new Promise<RunOutcome>((resolve) => (answer = resolve)));
    expect(waiting.status).toBe('running');
    expect(waiting.outcome).toBeNull();
    answer(answered);
    await settle();
    expect(waiting.outcome).toBe(answered);
    expect(calls).toEqual([]);

    const failed = new Runner(client);
    await failed.adoptWhenAnswered(named('failed'), Promise.reject(new Error('the worker could not load')));
    expect(calls.map((c) => c.name)).toEqual(['failed']);

    const edited = new Runner(client);
    let late: (outcome: RunOutcome) => void = () => {};
    const adoption = edited.adoptWhenAnswered(named('demo'), new Promise<RunOutcome>((resolve) => (late = resolve)));
    edited.request(named('edit'));
    late(answered);
    await adoption;
    expect(edited.outcome).toBeNull();
    expect(calls.map((c) => c.name)).toEqual(['failed', 'edit']);
  });
});

