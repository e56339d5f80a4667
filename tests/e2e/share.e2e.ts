/**
 * Sharing: a lightly edited real-city scenario goes as a compact link with a QR code, and opens on
 * another machine to the same scenario; the demo's link is too long for a QR code, and says so.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import type { Scenario } from '../../src/engine/scenario';
import { expandCity } from '../../src/io/divisions/format';
import { cityFromDivisions } from '../../src/ui/divisions/cityFromDivisions';
import { scenarioFromCity } from '../../src/ui/divisions/scenarioFromCity';
import { freshSessions, importScenario, openDemo } from './browser';

const baseUrl = inject('baseUrl');
const file = (path: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8')) as unknown;

/** Nanjing as the division picker builds it, with three communities' households entered. */
function nanjing(): Scenario {
  const source = expandCity(file('public/divisions/3201.json'));
  const districts = source.districts.filter((d) => d.streets.length > 0);
  const city = cityFromDivisions(source, { districts: new Set(districts.map((d) => d.code)), villages: true });
  const leftOut = districts.reduce((n, d) => n + d.leftOut, 0);
  const s = scenarioFromCity(file('scenarios/demo-15th-fyp.json') as Scenario, city, { code: source.code, province: source.province, source: source.source, leftOut });
  const street = s.city.districts[0]!.streets[0]!;
  street.communities = street.communities.map((c, i) => (i < 3 ? { ...c, households: 1800 + i * 100, estimatedFields: ['residents', 'staff', 'space'] } : c));
  return { ...s, name: '南京市 试点' };
}

describe('share links and QR codes', () => {
  const s = freshSessions(baseUrl);
  const page = () => s().page;

  it('a real city lightly edited is shared as a compact link with a QR code, and the link opens to the scenario', async () => {
    await s().context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const id = await importScenario(page(), baseUrl, nanjing());
    await page().goto(`${baseUrl}#/s/${id}/city`);
    await page().getByTestId('share-copy').click();
    const dialog = page().getByTestId('share-pending');
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.getAttribute('data-format')).toBe('compact');
    const qr = page().getByTestId('share-qr');
    await qr.waitFor();
    expect(Number(await qr.getAttribute('data-modules'))).toBeGreaterThan(20);
    expect(await qr.getByRole('img', { name: '分享链接的二维码' }).count()).toBe(1);
    const [png] = await Promise.all([page().waitForEvent('download'), qr.getByTestId('share-qr-png').click()]);
    expect(png.suggestedFilename()).toBe('南京市 试点-二维码.png');

    expect(await dialog.getAttribute('data-reason')).toBe('copied');
    const link = await page().evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#\/share\/s2\./);
    expect(link.length).toBeLessThanOrEqual(2000);
    await page().goto(link);
    const landing = page().getByTestId('share-landing');
    await expect.poll(() => landing.getAttribute('data-step'), { timeout: 60_000 }).toBe('ready');
    expect(await page().getByTestId('share-name').textContent()).toBe('南京市 试点');
    expect(await landing.textContent()).toContain('11 个区（县）');
  });

  it('the demo (800 communities with their geometry) is too long for a QR code, and the file is offered', async () => {
    await openDemo(page(), baseUrl);
    await page().getByTestId('share-copy').click();
    const tooLong = page().getByTestId('share-qr-too-long');
    await tooLong.waitFor({ timeout: 60_000 });
    expect(await tooLong.textContent()).toMatch(/超过一个二维码最多能容纳的 2953 字节/);
    expect(await page().getByTestId('share-qr').count()).toBe(0);
    expect(await page().getByTestId('share-pending').getAttribute('data-format')).toBe('whole');
    expect(await page().getByTestId('share-export').count()).toBe(1);
  });
});
