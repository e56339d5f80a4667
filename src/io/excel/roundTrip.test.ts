import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenario';
import { smallScenario } from '../../fixtures/smallScenario';
import { importCity } from '../tabular/importCity';
import { readWorkbook } from './readWorkbook';
import { templateWorkbook, workbookBytes } from './templateWorkbook';

const builtIn = (file: string) => JSON.parse(readFileSync(new URL(`../../../scenarios/${file}`, import.meta.url), 'utf8')) as Scenario;

const cases: { name: string; scenario: () => Scenario }[] = [
  { name: 'demo-15th-fyp (800 communities, facilities, spatial)', scenario: () => builtIn('demo-15th-fyp.json') },
  { name: 'nanjing-2007-2010 (936 communities)', scenario: () => builtIn('nanjing-2007-2010.json') },
  { name: 'smallScenario (mixed locations, committee members, dwellings)', scenario: smallScenario },
  { name: 'smallScenario with migrants, registrations and volunteers (QY-8, QY-9, QY-14)', scenario: withPeople },
];

function withPeople(): Scenario {
  const s = smallScenario();
  const [first, second] = s.city.districts[0].streets[0].communities;
  Object.assign(first, { migrants: 1800, registrationsPerYear: 35, volunteers: 420 });
  if (second) Object.assign(second, { volunteers: 0 });
  return s;
}

describe('export → import through .xlsx', () => {
  it.each(cases)('$name comes back unchanged', async ({ scenario }) => {
    const s = scenario();
    const bytes = await workbookBytes(templateWorkbook(s.city));
    const outcome = importCity(await readWorkbook(bytes), s);
    expect(outcome.problems).toEqual([]);
    expect(outcome.elsewhere).toEqual([]);
    expect(outcome.scenario?.city).toStrictEqual(s.city);
  });
});
