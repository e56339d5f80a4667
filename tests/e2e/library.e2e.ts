/** Importing a broken file explains every problem and leaves the library as it was. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { freshSessions, openDemo } from './browser';

const baseUrl = inject('baseUrl');

describe('library', () => {
  const s = freshSessions(baseUrl);

  /** The first visit opens the demo; then back to the library, which now holds that copy. */
  async function libraryWithDemo(): Promise<Page> {
    const page = s().page;
    await openDemo(page, baseUrl);
    await page.goto(`${baseUrl}#/`);
    await page.getByTestId('library-table').waitFor();
    return page;
  }

  it('rejects a broken scenario file naming the field of each problem and keeps the library intact', async () => {
    const page = await libraryWithDemo();
    const rows = page.locator('[data-testid="library-row"]');
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
    await page.getByTestId('import-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? '';
    // Each field in words, where it sits in the city; never by its internal path.
    expect(text).toContain('第 1 个区（县） › 第 1 个街道（乡镇） › 第 1 个社区 › 基准年户数');
    expect(text).toContain('招聘：缺少必填项');
    expect(text).not.toContain('city.districts[0]');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual(before);
  });

  it('rejects a file that is not JSON at all, with no serious accessibility violation in what it shows', async () => {
    const page = await libraryWithDemo();
    await page.getByTestId('import-input').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('这不是 JSON') });
    await expect.poll(async () => (await page.getByTestId('import-errors').textContent()) ?? '').toMatch(/JSON/);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
