import { describe, expect, it } from 'vitest';
import { runScenario } from '../src/engine';
import { smallScenario } from '../src/io/fixtures/smallScenario';
import { verdictRows } from './verdictRows';

describe('verdictRows', () => {
  const scenario = smallScenario();
  const before = structuredClone(scenario);
  const { verdicts } = runScenario(scenario);
  const rows = verdictRows(scenario, verdicts);

  it("uses a target's own label when it has one", () => {
    expect(rows[0].label).toEqual({ zh: '专职工作者配备全部达标', en: 'Every community fully staffed' });
    expect(rows[0].unit).toBe('share');
    expect(rows[0].better).toBe('higher');
  });

  it("names the district in the metric's label for a target scoped to one (T2: district D2)", () => {
    const district = scenario.city.districts.find((d) => d.id === 'D2')!;
    expect(rows[1].label.zh).toBe(`${district.name}：社区用房缺口（平方米）`);
    expect(rows[1].label.en).toBe(`${district.name}: Community floor-space gap (m²)`);
    expect(rows[1].unit).toBe('m2');
    expect(rows[1].better).toBe('lower');
  });

  it('keeps every verdict field and leaves the scenario untouched', () => {
    rows.forEach((row, i) => expect(row).toMatchObject(verdicts[i]));
    expect(scenario).toEqual(before);
  });
});
