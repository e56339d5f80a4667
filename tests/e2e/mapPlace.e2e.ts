/**
 * Placing a facility by clicking the demo's map: in place mode a click opens a small form prefilled
 * with a service centre's cost estimate (300 万元 to build, 40 万元 a year) and the horizon's first
 * year; 加入方案 puts it in the plan's facility list, the map draws it and fewer of the city's
 * residents are out of reach of a service centre; one undo takes it all back. District names on the map never overlap.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { FACILITY_STYLE, SHARE_COLORS } from '../../src/ui/map/mapStyle';
import { seriousViolations } from './axe';
import { freshSessions, openDemo } from './browser';

const baseUrl = inject('baseUrl');
const artifacts = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** "1,744,395" → 1744395 */
const whole = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

describe('placing a facility on the map', () => {
  const s = freshSessions(baseUrl);
  beforeAll(() => mkdirSync(artifacts, { recursive: true }));

  it('adds a service centre where the map is clicked, with its costs prefilled, and one undo removes it', async () => {
    const page = s().page;
    await openDemo(page, baseUrl);
    await page.getByTestId('tab-map').click();
    await page.getByTestId('map-figure-service').waitFor({ timeout: 60_000 });
    // Residents out of reach of a service centre, in the city table's service-centre row: any resident the new one reaches counts.
    const outOfReach = async () => whole(await page.locator('[data-testid="map-figures"] tr', { has: page.getByTestId('map-figure-service') }).locator('td').last().textContent());
    await page.locator('[data-testid="life-circle-map"] canvas').waitFor({ timeout: 60_000 });
    const svg = page.locator('[data-testid="life-circle-map"] svg').first();
    const facilities = svg.locator('g.facilities path');
    const before = { outOfReach: await outOfReach(), marks: await facilities.count() };

    // Shown district names never overlap one another.
    const overlaps = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll('[data-testid="district-names"] text')].map((t) => t.getBoundingClientRect());
      return boxes.filter((a, i) => boxes.some((b, j) => j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)).length;
    });
    expect(overlaps).toBe(0);
    await page.screenshot({ path: `${artifacts}map-labels.png` });

    // The community least covered and farthest from any service centre: a new one there must reach residents no other reaches.
    const target = await svg.evaluate(
      (el, { red, color }) => {
        const centres = [...el.querySelectorAll('g.facilities path')]
          .filter((p) => p.getAttribute('fill') === color || p.getAttribute('stroke') === color)
          .map((p) => /translate\(([-\d.]+),([-\d.]+)\)/.exec(p.getAttribute('transform') ?? '')!.slice(1).map(Number));
        const dots = [...el.querySelectorAll('g.dots circle')].filter((c) => c.getAttribute('fill') === red).map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
        const far = (d: number[]) => Math.min(...centres.map((c) => Math.hypot(c[0] - d[0], c[1] - d[1])));
        return dots.sort((a, b) => far(b) - far(a))[0];
      },
      { red: SHARE_COLORS[0], color: FACILITY_STYLE.service.color },
    );
    expect(target).toBeDefined();

    await page.getByTestId('map-place').click();
    await svg.click({ position: { x: target[0], y: target[1] } });
    const form = page.getByTestId('place-form');
    await form.waitFor();
    expect(await page.getByTestId('place-type').inputValue()).toBe('service');
    expect(await page.getByTestId('place-year').inputValue()).toBe('2026');
    expect(await page.getByTestId('place-capital').inputValue()).toBe('300');
    expect(await page.getByTestId('place-running').inputValue()).toBe('40');
    await page.screenshot({ path: `${artifacts}map-place-form.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('place-confirm').click();
    await expect.poll(() => form.count()).toBe(0);

    await expect.poll(() => facilities.count(), { timeout: 30_000 }).toBe(before.marks + 1);
    await expect.poll(outOfReach, { timeout: 60_000 }).toBeLessThan(before.outOfReach);
    await page.screenshot({ path: `${artifacts}map-placed.png` });

    await page.getByTestId('tab-plan').click();
    const count = page.locator('[data-testid="facility-levers"] .count');
    const listed = Number((await count.textContent())!.replace(/\D/g, ''));
    const names = await page.locator('[data-testid="facilities-table"] input[data-testid$="-name"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(names.some((n) => n.endsWith('服务中心（规划）'))).toBe(true);

    await page.getByTestId('undo').click();
    await expect.poll(async () => Number((await count.textContent())!.replace(/\D/g, ''))).toBe(listed - 1);
    await page.getByTestId('tab-map').click();
    await expect.poll(() => facilities.count(), { timeout: 30_000 }).toBe(before.marks);
    await expect.poll(outOfReach, { timeout: 60_000 }).toBe(before.outOfReach);
    await page.screenshot({ path: `${artifacts}map-undone.png` });
  });
});
