/**
 * Run one scenario file from the command line:
 *
 *   npm run simulate -- <scenario.json> [--out FILE] [--format json|csv]
 *
 * Exit codes: 0 done; 2 the file cannot be read, is not JSON or is not a valid scenario (every
 * problem is listed on stderr as `path: 中文 / English`), or is neither UTF-8 nor GB 18030 text (a GBK
 * file is read, and stderr says so); 64 bad arguments (EX_USAGE, sysexits.h), among them --out naming
 * the input file;
 * 1 anything else.
 */
import { pathWords } from '../io/fieldWords';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runScenario } from '../engine/run';
import type { Scenario } from '../engine/scenario';
import { summarize, type RunSummary } from '../engine/summary';
import { CLI_FILES } from '../i18n/cli';
import { decodeBytes } from '../io/decodeText';
import { validateScenario, type ValidationError } from '../io/validateScenario';
import { summaryCsv } from './csv';

export const EXIT = { ok: 0, failed: 1, badInput: 2, usage: 64 } as const;

export const USAGE = `用法 / usage: npm run simulate -- <scenario.json> [--out FILE] [--format json|csv]

  <scenario.json>   场景文件 / the scenario file
  --out, -o FILE    写入文件而非标准输出 / write to FILE instead of standard output
  --format, -f      json（默认 default）或 or csv（UTF-8 带 BOM，可直接用 Excel 打开 / UTF-8 with BOM for Excel）
  --help, -h        显示本说明 / show this help
`;

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

type Format = 'json' | 'csv';

interface Args {
  file: string;
  out?: string;
  format: Format;
}

function parse(argv: string[]): Args | 'help' | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f', default: 'json' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1) return `需要恰好一个场景文件，实际为 ${positionals.length} 个 / expected exactly one scenario file, got ${positionals.length}`;
  if (values.format !== 'json' && values.format !== 'csv') return `--format 应为 json 或 csv，实际为 "${values.format}" / --format must be json or csv, got "${values.format}"`;
  return { file: positionals[0], out: values.out, format: values.format };
}

/** The field in words first, as the app names it; the JSON path after it, for an analyst editing the file by hand. */
function errorLine(e: ValidationError): string {
  if (e.path === '') return `（整个场景） (scenario): ${e.zh} / ${e.en}`;
  const words = pathWords(e.path);
  return `${words.zh} / ${words.en} [${e.path}]: ${e.zh} / ${e.en}`;
}

/** Whole numbers as they are; others to four decimals, which is finer than any figure here is known. */
function rounded(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1e4) / 1e4 : value;
}

export function render(summary: RunSummary, format: Format): string {
  return format === 'csv' ? summaryCsv(summary) : `${JSON.stringify(summary, rounded, 2)}\n`;
}

/** The file's real path, or for a file not yet written its folder's real path and its name. */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    try {
      return join(realpathSync(dirname(file)), basename(file));
    } catch {
      return file;
    }
  }
}

function readScenario(file: string, io: Io): unknown {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    io.stderr(`无法读取文件 ${file} / cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
  const decoded = decodeBytes(bytes);
  if (decoded === null) {
    io.stderr(`${CLI_FILES.unknownEncoding(file)}\n`);
    return undefined;
  }
  if (decoded.encoding === 'gb18030') io.stderr(`${CLI_FILES.readAsGb18030(file)}\n`);
  try {
    return JSON.parse(decoded.text);
  } catch (error) {
    io.stderr(`${file} 不是有效的 JSON / is not valid JSON: ${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
}

/**
 * The scenario a command reads, checked: an exit code when --out names the input, the file cannot be
 * read, or the scenario is not valid (each problem printed on its own line).
 */
export function checkedScenario(args: { file: string; out?: string }, io: Io): Scenario | number {
  if (args.out !== undefined && realPath(args.out) === realPath(args.file)) {
    io.stderr(`${CLI_FILES.outIsInput(args.out)}\n`);
    return EXIT.usage;
  }
  const input = readScenario(args.file, io);
  if (input === undefined) return EXIT.badInput;
  const checked = validateScenario(input);
  if (!checked.ok) {
    io.stderr(`${args.file}: 场景未通过校验，共 ${checked.errors.length} 处 / the scenario is not valid, ${checked.errors.length} problem(s):\n`);
    io.stderr(`${checked.errors.map(errorLine).join('\n')}\n`);
    return EXIT.badInput;
  }
  return checked.scenario;
}

/** A command's result to standard output, or to the --out file; returns the exit code. */
export function writeOutput(text: string, out: string | undefined, io: Io): number {
  if (out === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    writeFileSync(out, text);
  } catch (error) {
    io.stderr(`无法写入 ${out} / cannot write ${out}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
  io.stderr(`已写入 / wrote ${out}\n`);
  return EXIT.ok;
}

/** The command as a function, so tests can call it; returns the exit code. */
export function main(argv: string[], io: Io = processIo): number {
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
  let text: string;
  try {
    text = render(summarize(runScenario(scenario), scenario.targets), args.format);
  } catch (error) {
    io.stderr(`计算失败 / the run failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
  return writeOutput(text, args.out, io);
}

export function isEntry(url: string = import.meta.url): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(url));
  } catch {
    return false;
  }
}

if (isEntry()) process.exitCode = main(process.argv.slice(2));
