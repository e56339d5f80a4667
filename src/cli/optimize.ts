/**
 * Plan synthesis from the command line:
 *
 *   npm run optimize -- <scenario.json> [--objective total|payer:<p>|peak:<p>] [--targets id,id] [--sites] [--out FILE]
 *
 * Writes the scenario with the least-cost plan applied (to FILE, else standard output) once the engine
 * has verified it, and prints the solve and verification summary (to standard output with --out, else
 * standard error). Exit codes: 0 a verified plan; 1 no plan (infeasible, or not verified: the summary
 * says why); 2 the file cannot be read or is not a valid scenario; 64 bad arguments, among them --out
 * naming the input file.
 */
import { parseArgs } from 'node:util';
import loadHighs from 'highs';
import { highsSolver, leadTimeValues, synthesize, PAYERS, type Objective, type Payer, type SynthesisOptions } from '../engine';
import { leadTimeLines, summaryLines } from './optimizeSummary';
import { checkedScenario, EXIT, isEntry, writeOutput, type Io } from './simulate';

export const USAGE = `用法 / usage: npm run optimize -- <scenario.json> [--objective total|payer:<p>|peak:<p>] [--targets id,id] [--sites] [--out FILE]

  <scenario.json>    场景文件 / the scenario file
  --objective        total（总成本最低，默认 default）、payer:<city|district|street>（某级财政支出最低 / least cost to one payer）
                     或 or peak:<payer>（某级财政年度预算峰值最低 / least peak annual budget of a payer）
  --targets          要达成的目标编号，逗号分隔；默认全部 / target ids to meet, comma-separated; all by default
  --hiring-max N     每年招聘能力上限（人）/ most recruits a year
  --building-max M  每年新开工面积上限（平方米）/ most m² started a year
  --ceiling P=万元   某级财政每年预算上限，可重复 / a payer's yearly budget ceiling, repeatable
  --non-decreasing   预算逐年不减 / budgets may not fall year on year
  --sites            选择新设施的选址和开业年份以达成覆盖率目标 / choose where and when new facilities open, for coverage targets
  --site-source S    选址来源：candidates（方案所列候选选址）或 suggested（建议选址）；默认有候选选址时用候选
                     / where sites come from: candidates (the plan's candidate sites) or suggested; candidates when listed
  --out, -o FILE     写入套用方案后的场景 / write the scenario with the plan applied to FILE
  --help, -h         显示本说明 / show this help
`;

const processIo: Io = { stdout: (t) => void process.stdout.write(t), stderr: (t) => void process.stderr.write(t) };

const isPayer = (p: string): p is Payer => (PAYERS as readonly string[]).includes(p);

function objectiveOf(text: string): Objective | string {
  if (text === 'total') return { kind: 'total' };
  const [kind, payer] = text.split(':');
  if ((kind === 'payer' || kind === 'peak') && payer !== undefined && isPayer(payer)) return { kind, payer };
  return `--objective 应为 total、payer:<财政级别> 或 peak:<财政级别>，实际为 "${text}" / --objective must be total, payer:<p> or peak:<p> (p: ${PAYERS.join('|')}), got "${text}"`;
}

function parse(argv: string[]): { file: string; out?: string; options: SynthesisOptions } | 'help' | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        objective: { type: 'string', default: 'total' },
        targets: { type: 'string' },
        'hiring-max': { type: 'string' },
        'building-max': { type: 'string' },
        ceiling: { type: 'string', multiple: true },
        'non-decreasing': { type: 'boolean' },
        sites: { type: 'boolean' },
        'site-source': { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return 'help';
  if (positionals.length !== 1) return `需要恰好一个场景文件，实际为 ${positionals.length} 个 / expected exactly one scenario file, got ${positionals.length}`;
  const objective = objectiveOf(v.objective);
  if (typeof objective === 'string') return objective;
  const options: SynthesisOptions = { objective, freeHiring: true, ...(v['non-decreasing'] && { nonDecreasingBudgets: true }) };
  if (v.targets) options.targets = v.targets.split(',').map((s) => s.trim()).filter(Boolean);
  if (v['hiring-max'] !== undefined) {
    const n = Number(v['hiring-max']);
    if (!Number.isInteger(n) || n < 0) return `--hiring-max 应为非负整数，实际为 "${v['hiring-max']}" / --hiring-max must be a whole number ≥ 0`;
    options.hiringCapacityMax = n;
  }
  if (v['building-max'] !== undefined) {
    const m2 = Number(v['building-max']);
    if (!(m2 >= 0)) return `--building-max 应为非负数（平方米），实际为 "${v['building-max']}" / --building-max must be m² ≥ 0`;
    options.buildingCapacityM2 = m2;
  }
  if (v.sites || v['site-source'] !== undefined) options.freeSites = true;
  if (v['site-source'] !== undefined) {
    if (v['site-source'] !== 'candidates' && v['site-source'] !== 'suggested') return `--site-source 应为 candidates 或 suggested，实际为 "${v['site-source']}" / --site-source must be candidates or suggested`;
    options.siteSource = v['site-source'];
  }
  for (const c of v.ceiling ?? []) {
    const [payer, wan] = c.split('=');
    if (!isPayer(payer) || !(Number(wan) >= 0)) return `--ceiling 应为 <财政级别>=<万元>，实际为 "${c}" / --ceiling must be <payer>=<万元> (payer: ${PAYERS.join('|')})`;
    options.budgetCeiling = { ...options.budgetCeiling, [payer]: Number(wan) * 1e4 };
  }
  return { file: positionals[0], out: v.out, options };
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const args = parse(argv);
  if (args === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (typeof args === 'string') {
    io.stderr(`${args}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const scenario = checkedScenario(args, io);
  if (typeof scenario === 'number') return scenario;
  const say = args.out === undefined ? io.stderr : io.stdout;
  let result;
  try {
    const solver = highsSolver(await loadHighs());
    result = synthesize(scenario, solver, args.options);
    say(summaryLines(result, scenario.targets).join('\n') + '\n');
    // Two more solves, a year of lead time either way, once the plan's own summary is out.
    const lead = result.leadTimeBasis ? leadTimeValues(scenario, solver, args.options, result.leadTimeBasis) : [];
    if (lead.length > 0) say(leadTimeLines(lead).join('\n') + '\n');
  } catch (error) {
    io.stderr(`求解失败 / the synthesis failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
  if (result.status !== 'accepted' || !result.scenario) return EXIT.failed;
  const text = `${JSON.stringify(result.scenario, null, 2)}\n`;
  return writeOutput(text, args.out, io);
}

if (isEntry(import.meta.url)) main(process.argv.slice(2)).then((code) => (process.exitCode = code));
