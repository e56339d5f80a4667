/**
 * A scenario whose city came in from a workbook, as a statistical office fills one (src/fixtures/filledIn.ts).
 * The file goes through the importer (src/io/tabular/importCity.ts) and its validator, as a file the app
 * reads does, so its communities come in the shapes a real import gives them: in the schema's key
 * order, without the keys of blank cells, one object shape for each set of cells filled.
 */
import type { Scenario } from '../../src/engine/scenario';
import { filledIn } from '../../src/fixtures/filledIn';
import { cityGrids } from '../../src/io/tabular/cityTables';
import { importCity } from '../../src/io/tabular/importCity';

export function importedScenario(scenario: Scenario, seed = 7): Scenario {
  const outcome = importCity(cityGrids(filledIn(scenario, seed).city), scenario);
  if (!outcome.scenario) throw new Error(`the workbook did not import: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
  return outcome.scenario;
}
