/**
 * The same scenario open in two and three pages of one browser: edits in any order, reloads, closes
 * and reopens lose nothing, and every conflict is shown. Each test has its own browser context, so
 * its own storage. The hiring capacity lever stands for any edit.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, preDismissTour } from './browser';

const baseUrl = inject('baseUrl');
const CAPACITY = '[data-testid="lever-plan-hiring-capacityPerYear"]';
const SLOW = { timeout: 60_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh context whose first page has made the demo copy; returns the plan page's address. */
async function freshScenario(): Promise<{ context: BrowserContext; first: Page; planUrl: string }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
  await preDismissTour(context);
  const first = await context.newPage();
  await first.goto(baseUrl);
  await first.locator('[data-testid="verdict-table"] tbody tr').first().waitFor(SLOW);
  const planUrl = first.url().replace(/\/results$/, '/plan');
  await first.goto(planUrl);
  await first.locator(CAPACITY).waitFor(SLOW);
  return { context, first, planUrl };
}

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(CAPACITY).waitFor(SLOW);
  return page;
}

async function edit(page: Page, value: number): Promise<void> {
  const input = page.locator(CAPACITY);
  await input.fill(String(value));
  await input.press('Enter');
}

const capacity = (page: Page) => page.locator(CAPACITY).inputValue();
const saveState = (page: Page) => page.getByTestId('save-state').getAttribute('data-state');
const conflictShown = async (page: Page) => (await page.getByTestId('conflict').count()) > 0;

/** Edit `x` in page a and `y` in page b before either saves; whichever saves second meets the other's newer revision. */
async function clash(a: Page, b: Page, x: number, y: number): Promise<{ loser: Page; winner: Page }> {
  // Both at once: one after the other could let the first save (600 ms on) reach b before b's edit.
  await Promise.all([edit(a, x), edit(b, y)]);
  await expect.poll(async () => (await conflictShown(a)) || (await conflictShown(b)), SLOW).toBe(true);
  return (await conflictShown(a)) ? { loser: a, winner: b } : { loser: b, winner: a };
}

/** Every hiring capacity stored in the page's IndexedDB, by record name, read without the app. */
function storedCapacities(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('shapan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('scenarios').objectStore('scenarios').getAll();
          all.onsuccess = () => {
            resolve((all.result as { scenario: { plan: { hiring: { capacityPerYear: number } } } }[]).map((r) => r.scenario.plan.hiring.capacityPerYear).sort((a, b) => a - b));
            open.result.close();
          };
        };
      }),
  );
}

describe('two pages on one scenario', () => {
  it('a page without edits takes the other page\'s save at once, and both survive reloads', async () => {
    const { context, first: a, planUrl } = await freshScenario();
    const b = await openPage(context, planUrl);
    await edit(a, 700);
    await expect.poll(() => saveState(a), SLOW).toBe('saved');
    await expect.poll(() => capacity(b), SLOW).toBe('700');
    expect(await conflictShown(b)).toBe(false);
    await edit(b, 710);
    await expect.poll(() => capacity(a), SLOW).toBe('710');
    await b.reload();
    await b.locator(CAPACITY).waitFor(SLOW);
    expect(await capacity(b)).toBe('710');
    expect(await storedCapacities(a)).toEqual([710]);
    await context.close();
  });

  it('edits in both pages before either saves: the conflict is shown, and keeping a copy loses neither', async () => {
    const { context, first: a, planUrl } = await freshScenario();
    const b = await openPage(context, planUrl);
    const { loser, winner } = await clash(a, b, 700, 800);
    expect(await conflictShown(winner)).toBe(false);
    expect(await loser.getByTestId('conflict').textContent()).toContain('另一个标签页');
    const mine = await capacity(loser);
    const theirs = await capacity(winner);
    await loser.getByTestId('conflict-keep-copy').click();
    await expect.poll(() => capacity(loser), SLOW).toBe(theirs);
    expect(await storedCapacities(a)).toEqual([700, 800]);
    expect(mine).not.toBe(theirs);
    await context.close();
  });

  it('"use the newer version" drops only the edits of the page that chose it', async () => {
    const { context, first: a, planUrl } = await freshScenario();
    const b = await openPage(context, planUrl);
    const { loser, winner } = await clash(a, b, 700, 800);
    await loser.getByTestId('conflict-use-newer').click();
    const kept = await capacity(winner);
    await expect.poll(() => capacity(loser)).toBe(kept);
    await expect.poll(() => saveState(loser)).toBe('saved');
    // After choosing, the page edits and saves again as usual, and the other page follows.
    await edit(loser, 900);
    await expect.poll(() => capacity(winner), SLOW).toBe('900');
    expect(await storedCapacities(winner)).toEqual([900]);
    await context.close();
  });

  it('a page closed with a conflict unresolved keeps its edits for the next open', async () => {
    const { context, first: a, planUrl } = await freshScenario();
    const b = await openPage(context, planUrl);
    const { loser, winner } = await clash(a, b, 700, 800);
    const mine = await capacity(loser);
    await loser.close();
    const reopened = await openPage(context, planUrl);
    // The closed page's journal comes back, against the newer stored version: shown as a conflict.
    await reopened.getByTestId('conflict').waitFor(SLOW);
    expect(await capacity(reopened)).toBe(mine);
    await reopened.getByTestId('conflict-keep-copy').click();
    await expect.poll(() => storedCapacities(winner), SLOW).toEqual([700, 800]);
    await context.close();
  });
});

describe('a scenario deleted in another page', () => {
  it('the page showing it says so, does not bring it back, and keeps its copy as a new scenario', async () => {
    const { context, first: a, planUrl } = await freshScenario();
    const b = await openPage(context, planUrl);
    await a.goto(planUrl.replace(/#.*$/, '#/'));
    await a.getByTestId('row-delete').first().click();
    await expect.poll(() => conflictShown(b), SLOW).toBe(true);
    expect(await b.getByTestId('conflict').textContent()).toContain('已在另一个标签页中被删除');
    await edit(b, 750);
    await b.waitForTimeout(1500);
    expect(await storedCapacities(b)).toEqual([]);
    await b.getByTestId('conflict-keep-copy').click();
    await expect.poll(() => storedCapacities(b), SLOW).toEqual([750]);
    await expect.poll(() => b.url()).not.toBe(planUrl);
    expect(await conflictShown(b)).toBe(false);
    await context.close();
  });
});

describe('three pages on one scenario', () => {
  it('follow one another, show the conflict where it happens, and lose nothing over reloads and reopening', async () => {
    const { context, first: a, planUrl } = await freshScenario();
    const b = await openPage(context, planUrl);
    const c = await openPage(context, planUrl);
    await edit(a, 700);
    await expect.poll(() => capacity(b), SLOW).toBe('700');
    await expect.poll(() => capacity(c), SLOW).toBe('700');
    const { loser, winner } = await clash(b, c, 800, 900);
    const theirs = await capacity(winner);
    // The page without edits follows the winner without a conflict.
    await expect.poll(() => capacity(a), SLOW).toBe(theirs);
    expect(await conflictShown(a)).toBe(false);
    await loser.getByTestId('conflict-keep-copy').click();
    await expect.poll(() => storedCapacities(a), SLOW).toEqual([800, 900]);
    await a.reload();
    await a.locator(CAPACITY).waitFor(SLOW);
    expect(await capacity(a)).toBe(theirs);
    await winner.close();
    await loser.close();
    const again = await openPage(context, planUrl);
    expect(await capacity(again)).toBe(theirs);
    expect(await conflictShown(again)).toBe(false);
    expect(await storedCapacities(again)).toEqual([800, 900]);
    await context.close();
  });
});

describe('leaving right after an edit', () => {
  for (const wait of [0, 100, 300]) {
    it(`closing a page ${wait} ms after an edit finds the edit saved`, async () => {
      const { context, first, planUrl } = await freshScenario();
      // Another page keeps the context (and its storage) alive once the first is closed.
      const keeper = await context.newPage();
      await edit(first, 700 + wait);
      if (wait > 0) await first.waitForTimeout(wait);
      await first.close();
      const reopened = await openPage(context, planUrl);
      expect(await capacity(reopened)).toBe(String(700 + wait));
      await expect.poll(() => saveState(reopened), SLOW).toBe('saved');
      expect(await storedCapacities(reopened)).toEqual([700 + wait]);
      await keeper.close();
      await context.close();
    });
  }

  it('reloading at once after an edit keeps it', async () => {
    const { context, first } = await freshScenario();
    await edit(first, 750);
    await first.reload();
    await first.locator(CAPACITY).waitFor(SLOW);
    expect(await capacity(first)).toBe('750');
    await expect.poll(() => storedCapacities(first), SLOW).toEqual([750]);
    await context.close();
  });
});

describe('damaged records and upgrades', () => {
  it('lists the readable scenarios, shows damaged ones apart with export and delete, and opens none blank', async () => {
    const { context, first } = await freshScenario();
    await first.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('shapan');
          open.onsuccess = () => {
            const tx = open.result.transaction('scenarios', 'readwrite');
            const store = tx.objectStore('scenarios');
            const get = store.getAll();
            get.onsuccess = () => {
              const good = get.result[0] as { scenario: Record<string, unknown> };
              const { ruleSet: _, ...noRuleSet } = good.scenario;
              const base = { createdAt: 1, updatedAt: 1 };
              store.put({ ...base, id: 'bad-text', name: '文字记录', scenario: 'not a scenario' });
              store.put({ ...base, id: 'bad-null', name: '空记录', scenario: null });
              store.put({ ...base, id: 'bad-rules', name: '无规则集', scenario: noRuleSet });
              store.put({ ...base, id: 'bad-horizon', name: '空规划期', scenario: { ...good.scenario, horizon: {} } });
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await first.goto(`${baseUrl}#/s/bad-horizon/plan`);
    await first.getByTestId('damaged-open').waitFor(SLOW);
    await first.goto(`${baseUrl}#/`);
    await first.getByTestId('damaged-list').waitFor(SLOW);
    expect(await first.locator('[data-testid="library-row"]').count()).toBe(1);
    const damaged = first.locator('[data-testid="damaged-row"]');
    expect((await damaged.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))).sort()).toEqual(['bad-horizon', 'bad-null', 'bad-rules', 'bad-text']);
    const [download] = await Promise.all([first.waitForEvent('download'), first.locator('[data-id="bad-text"] [data-testid="damaged-export"]').click()]);
    expect(download.suggestedFilename()).toBe('文字记录.json');
    await first.locator('[data-id="bad-text"] [data-testid="damaged-delete"]').click();
    await expect.poll(() => damaged.count()).toBe(3);
    expect(await first.locator('[data-testid="library-row"]').count()).toBe(1);
    await context.close();
  });

  it('a page holding the database lets a newer version upgrade it and says why', async () => {
    const { context, first, planUrl } = await freshScenario();
    const other = await context.newPage();
    await other.goto(planUrl);
    const opened = await other.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('shapan', 99);
          open.onsuccess = () => resolve(open.result.version);
          open.onerror = () => reject(open.error);
        }),
    );
    expect(opened).toBe(99);
    expect(await first.getByTestId('storage-interrupted').textContent()).toContain('刷新本页');
    await context.close();
  });
});
