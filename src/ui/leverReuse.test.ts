import { beforeAll, describe, expect, it, vi } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { buildRunView, runScenario } from '../engine';
import * as flat from '../engine/flatten';
import * as cityChecks from '../io/checkCity';
import { createEngineClient, type RunOutcome } from './engineClient';
import { fakeSpawner } from './workers/fakeWorker';
import { runApi } from '../../workers/runApi';
import { loadValidator } from '../../workers/validator';

// The engine worker loads its validator on first need (workers/validator.ts); these tests call its API directly.
beforeAll(loadValidator);

vi.mock('../engine/flatten', async (original) => {
  const m = await original<typeof import('../engine/flatten')>();
  return { ...m, flatten: vi.fn(m.flatten) };
});
vi.mock('../io/checkCity', async (original) => {
  const m = await original<typeof import('../io/checkCity')>();
  return { ...m, checkCity: vi.fn(m.checkCity) };
});

const spending = (o: RunOutcome) => (o.ok ? [...o.view.communities.spending] : []);

describe('live levers reuse the prepared city', () => {
  it('flattens the city once for a run and the lever edits after it, and again when the city is edited', async () => {
    const flatten = vi.mocked(flat.flatten);
    const client = createEngineClient(fakeSpawner(() => runApi).spawn);
    const base = smallScenario();
    flatten.mockClear();
    const first = await client.run(base);
    expect(first.ok).toBe(true);
    expect(flatten).toHaveBeenCalledTimes(1);

    // Lever edits: a new scenario and plan around the same city object, as setIn makes them.
    const capacity = { ...base, plan: { ...base.plan, hiring: { ...base.plan.hiring, capacityPerYear: 0 } } };
    const lever = await client.run(capacity);
    const targets = await client.run({ ...capacity, targets: capacity.targets.slice(1) });
    expect(flatten).toHaveBeenCalledTimes(1);
    // Figures as from a run that prepares the city afresh, and moved by the lever.
    const fresh = buildRunView(runScenario(capacity), capacity);
    expect(lever.ok && lever.view.spendingByDistrict).toEqual(fresh.spendingByDistrict);
    expect(spending(lever)).toEqual([...fresh.communities.spending]);
    expect(spending(lever)).not.toEqual(spending(first));
    expect(targets.ok).toBe(true);

    // A city edit makes a new city object: prepared afresh.
    flatten.mockClear();
    const city = { ...base.city, name: `${base.city.name}·` };
    expect((await client.run({ ...capacity, city })).ok).toBe(true);
    expect(flatten).toHaveBeenCalledTimes(1);
    client.dispose();
  });

  it('sends a lever edit without its city, which the worker kept and checked with the first run', async () => {
    const api = { ...runApi, run: vi.fn(runApi.run), runKeptCity: vi.fn(runApi.runKeptCity) };
    const client = createEngineClient(fakeSpawner(() => api).spawn);
    const base = smallScenario();
    expect((await client.run(base)).ok).toBe(true);
    const checkCity = vi.mocked(cityChecks.checkCity);
    checkCity.mockClear();
    const capacity = { ...base, plan: { ...base.plan, hiring: { ...base.plan.hiring, capacityPerYear: 0 } } };
    const lever = await client.run(capacity);
    // Nor does the check walk the city's communities again to index its places.
    expect(checkCity).not.toHaveBeenCalled();
    expect(api.run).toHaveBeenCalledTimes(1);
    expect(api.runKeptCity).toHaveBeenCalledTimes(1);
    expect(api.runKeptCity.mock.calls[0][0]).not.toHaveProperty('city');
    const fresh = buildRunView(runScenario(capacity), capacity);
    expect(spending(lever)).toEqual([...fresh.communities.spending]);
    // The worker's answer leaves out the communities' ids and names; the page puts back those of the first run.
    const sent = api.runKeptCity.mock.results[0].value as RunOutcome;
    expect(sent.ok && [sent.view.communities.id, sent.view.communities.street]).toEqual([[], []]);
    const { id, name, street } = fresh.communities;
    expect(lever.ok && { id: lever.view.communities.id, name: lever.view.communities.name, street: lever.view.communities.street }).toEqual({ id, name, street });
    // A lever edit that breaks the plan is refused as a whole scenario would be.
    const broken = await client.run({ ...capacity, plan: { ...capacity.plan, hiring: { ...capacity.plan.hiring, capacityPerYear: -1 } } });
    expect(broken.ok).toBe(false);
    client.dispose();
  });

  it('answers null for a city revision the worker does not hold, so the page sends the scenario whole', () => {
    const { city: _city, ...rest } = smallScenario();
    expect(runApi.runKeptCity(rest, undefined, -1)).toBeNull();
  });
});

