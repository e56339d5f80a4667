/**
 * Plan synthesis (最优方案): solve + verify for the demo (800 communities) and a generated
 * 3,000-community city, every lever free (recruitment capacity, building starts, each budgeted
 * payer's budgets), least total cost, without the life-circle target; then the demo with every target
 * and facility sites free as well (suggested sites: the demo lists no candidates). Prints model size and rounds.
 * The demo runs twice: the first solve in a process also pays for the WebAssembly runtime's
 * optimising compiler warming up (several seconds on a loaded machine), the second shows the solve alone.
 * Part of `npm run bench`; `npx tsx tests/bench/synthesis.ts` runs it alone.
 */
import { fileURLToPath } from 'node:url';
import loadHighs from 'highs';
import { highsSolver, metricById, synthesize, type Scenario } from '../../src/engine/index';
import { demoScenario } from '../../src/fixtures/demo/demoScenario';
import { CITY, scenarioOfSize } from './cities';
import { fmtMs, mark, table } from './measure';

const GOAL_MS = { demo: 5_000, city: 30_000 };

const withoutCoverage = (s: Scenario): Scenario => ({ ...s, targets: s.targets.filter((t) => metricById(t.metric)?.concerns !== 'coverage') });

export async function benchSynthesis(log: (line: string) => void): Promise<void> {
  const solver = highsSolver(await loadHighs());
  const cases: [string, Scenario, number][] = [
    ['demo (800), first in process', withoutCoverage(demoScenario()), GOAL_MS.demo],
    ['demo (800 communities)', withoutCoverage(demoScenario()), GOAL_MS.demo],
    ['city (3,000 communities)', withoutCoverage(scenarioOfSize(CITY)), GOAL_MS.city],
    ['demo, every target, sites free', demoScenario(), GOAL_MS.demo],
  ];
  const rows: string[][] = [];
  for (const [label, scenario, goal] of cases) {
    const t = performance.now();
    const r = synthesize(scenario, solver, { freeHiring: true, freeSites: scenario.targets.some((x) => metricById(x.metric)?.concerns === 'coverage') });
    const ms = performance.now() - t;
    rows.push([label, `${r.size.rows} × ${r.size.cols} (${r.size.integers} int)`, String(r.rounds), String(r.plan?.sites.length ?? 0), r.status, fmtMs(r.ms.solve), fmtMs(r.ms.verify), fmtMs(ms), `< ${fmtMs(goal)} ${mark(ms < goal)}`]);
  }
  log('\nplan synthesis (solve + verify, least total cost, every lever free; the solve of the last includes choosing candidate sites)');
  log(table([['case', 'rows × cols', 'rounds', 'sites', 'status', 'solve', 'verify', 'total', 'goal'], ...rows]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchSynthesis((line) => process.stdout.write(line + '\n'));
