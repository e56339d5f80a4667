/**
 * The city editor marks what rests on estimates: a 估算 mark on each such community's row, naming the
 * figures and what they were estimated from, and each estimated cell itself; editing a figure takes
 * its own mark away, and the row's once none is left.
 */
import { describe, expect, inject, it } from 'vitest';
import { community, tinyCity } from '../../src/fixtures/tinyCity';
import { freshSessions, importScenario } from './browser';

const baseUrl = inject('baseUrl');
const ALL = '320102001001';
const HOUSEHOLDS = '320102001002';
const scenario = {
  ...tinyCity([
    community({ id: ALL, name: '多福巷社区', households: 2500, residents: 6550, estimated: true }),
    community({ id: HOUSEHOLDS, name: '螺丝转弯社区', households: 2500, estimated: true, estimatedFields: ['households'] }),
    community({ id: '320102001003', name: '实测社区' }),
  ]),
  name: '估算标注',
};

describe('estimate marks in the city editor', () => {
  const s = freshSessions(baseUrl);
  const page = () => s().page;
  const row = (id: string) => page().locator(`tr[data-testid="city-row"][data-id="${id}"]`);
  const name = (id: string) => scenario.city.districts[0]!.streets[0]!.communities.find((c) => c.id === id)!.name;
  const households = (id: string) => row(id).getByRole('textbox', { name: `${name(id)} 户数`, exact: true });

  it('marks each estimated row with what it rests on, and each estimated cell until it is edited', async () => {
    const id = await importScenario(page(), baseUrl, scenario);
    await page().goto(`${baseUrl}#/s/${id}/city`);
    await row(ALL).waitFor({ timeout: 60_000 });

    const mark = row(ALL).getByTestId('estimate-mark');
    expect(await mark.textContent()).toContain('估算');
    expect(await mark.getAttribute('title')).toBe('估算（统计用区划代码320102001001，城市社区每社区2500户（NJ2007-2）、每户2.62人）：户数、常住人口、工作者、用房。修改某项后，该项的估算标注即消失');
    expect(await row(ALL).locator('td[data-estimated]').count()).toBe(6); // households, residents, 3 staff, space
    expect(await row('320102001003').getByTestId('estimate-mark').count()).toBe(0);
    expect(await row('320102001003').locator('td[data-estimated]').count()).toBe(0);

    // Real households entered: that cell's mark goes, the row keeps its mark for the other figures.
    await households(ALL).fill('3120');
    await households(ALL).press('Enter');
    await expect.poll(() => households(ALL).locator('xpath=..').getAttribute('data-estimated')).toBeNull();
    expect(await row(ALL).locator('td[data-estimated]').count()).toBe(5);
    expect(await mark.getAttribute('title')).toContain('：常住人口、工作者、用房。');

    // The only estimated figure of a row edited: the row's mark goes too.
    expect(await row(HOUSEHOLDS).getByTestId('estimate-mark').getAttribute('title')).toContain('：户数。');
    await households(HOUSEHOLDS).fill('1980');
    await households(HOUSEHOLDS).press('Enter');
    await expect.poll(() => row(HOUSEHOLDS).getByTestId('estimate-mark').count()).toBe(0);
    expect(await row(HOUSEHOLDS).locator('td[data-estimated]').count()).toBe(0);
  });
});
