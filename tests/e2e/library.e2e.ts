/** Importing a broken file explains every problem and leaves the library as it was. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');

describe('library', () => {
  let s: Session;

  beforeAll(async () => {
    s = await openSession(baseUrl);
    // The first visit opens the demo; then go back to the library, which now holds that copy.
    await s.page.locator('[data-testid="verdict-table"] tbody tr').first().waitFor({ timeout: 60_000 });
    await s.page.goto(`${baseUrl}#/`);
    await s.page.getByTestId('library-table').waitFor();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('rejects a broken scenario file with the path of each problem and keeps the library intact', async () => {
    const rows = s.page.locator('[data-testid="library-row"]');
    const before = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect(before.length).toBeGreaterThan(0);
    const broken = {
      schemaVersion: 1,
      name: '坏文件',
      horizon: { baseYear: 2025, firstYear: 2026, lastYear: 2030 },
      city: { name: 'x', districts: [{ id: 'D1', name: 'D1', centreSpace: 0, streets: [{ id: 'S1', name: 'S1', class: 2, centreSpace: 0, stationStaff: 0, communities: [{ id: 'C1', name: 'C1', kind: 'urbanExisting', households: -5, residents: 10, growth: 0, staff: { inPost: 1, certified: 0, bachelor: 0 }, space: 0 }] }] }] },
      ruleSet: { id: 'GOV2020' },
      plan: {},
      targets: [],
      seed: 1,
    };
    await s.page.getByTestId('import-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const errors = s.page.getByTestId('import-errors');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('city.districts[0].streets[0].communities[0].households');
    expect(text).toContain('plan.hiring');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual(before);
  });

  it('rejects a file that is not JSON at all', async () => {
    await s.page.getByTestId('import-input').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('这不是 JSON') });
    await expect.poll(async () => (await s.page.getByTestId('import-errors').textContent()) ?? '').toMatch(/JSON/);
  });

  it('has no serious or critical accessibility violation', async () => {
    expect(await seriousViolations(s.page)).toEqual([]);
  });
});
