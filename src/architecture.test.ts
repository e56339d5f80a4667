/**
 * The layering, enforced. Every import of every source file — static, `import type`, re-exports,
 * dynamic `import()`, `typeof import()`, `new URL('…', import.meta.url)` for workers and assets, and
 * `import.meta.glob` — is read with the TypeScript parser and checked against MAY_IMPORT, so a
 * wrong-way arrow fails here with the file and the import named, not in review. A path built at
 * run time (a template with `${…}`) cannot be followed and is left out.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * What each top-level folder may import besides itself. `app` is src/main.ts, src/app.ts and src/App.svelte.
 * Data folders (scenarios/, public/) and packages are open to all. A new top-level folder fails
 * until it is given a row here.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  registry: [],
  engine: ['registry'],
  i18n: ['engine', 'registry'],
  io: ['engine', 'i18n', 'registry'],
  store: ['engine', 'io', 'i18n', 'registry'],
  fixtures: ['engine', 'registry'],
  workers: ['engine', 'io', 'i18n', 'registry'],
  cli: ['engine', 'io', 'i18n', 'registry'],
  ui: ['engine', 'io', 'i18n', 'store', 'workers', 'registry'],
  app: ['ui', 'engine', 'io', 'i18n', 'store', 'registry'],
};
const DATA = new Set(['scenarios', 'public']);
/** Test fixtures and demo generators: for tests, and for the CLI entry that writes the built-in scenarios. */
const FIXTURES = 'fixtures';
const MAY_IMPORT_FIXTURES = new Set(['src/cli/generateDemo.ts']);

const isTest = (file: string) => /\.(test|e2e)\.ts$/.test(file) || file.startsWith('tests/');

/** The folder a repository-relative path belongs to, for the table above. */
function layerOf(path: string): string {
  const [top, second, third] = path.split('/');
  // A file directly in src/ is the app's entry; a folder there (src/registry) is its own layer.
  if (top === 'src') return third === undefined && /\.\w+$/.test(second) ? 'app' : second;
  return top;
}

/** Every module a source text refers to, as written. */
function specifiersIn(text: string, fileName: string): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const literal = (n: ts.Node | undefined) => (n && ts.isStringLiteralLike(n) ? found.push(n.text) : 0);
  const isImportMetaUrl = (n: ts.Node | undefined) => n !== undefined && n.getText(source) === 'import.meta.url';
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) literal(n.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference)) literal(n.moduleReference.expression);
    else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument)) literal(n.argument.literal);
    else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) literal(n.arguments[0]);
    else if (ts.isCallExpression(n) && n.expression.getText(source) === 'import.meta.glob') literal(n.arguments[0]);
    else if (ts.isNewExpression(n) && n.expression.getText(source) === 'URL' && isImportMetaUrl(n.arguments?.[1])) literal(n.arguments?.[0]);
    ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

/** The script blocks of a Svelte component, or the whole text of a TypeScript file. */
function scriptOf(file: string, text: string): string {
  if (!file.endsWith('.svelte')) return text;
  return [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

/** A relative specifier as the repository-relative file it names (or the folder a glob reads). */
function resolveSpecifier(from: string, spec: string): string | null {
  const bare = spec.split('?')[0];
  const glob = bare.indexOf('*');
  const base = resolve(ROOT, dirname(from), glob >= 0 ? bare.slice(0, bare.lastIndexOf('/', glob)) : bare);
  if (glob < 0) {
    for (const candidate of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')]) {
      if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
    }
  }
  // A folder named as a place to read or write (`'../../public/divisions/'`) need not exist yet.
  return glob >= 0 || /(^|\/)\.{0,2}\/?$/.test(bare) ? relative(ROOT, base) : null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Edge {
  from: string;
  to: string;
  spec: string;
}

function edges(): { edges: Edge[]; unresolved: string[] } {
  const all: Edge[] = [];
  const unresolved: string[] = [];
  for (const from of ['src', 'workers', 'tests'].flatMap(sourceFiles)) {
    const text = readFileSync(join(ROOT, from), 'utf8');
    for (const spec of specifiersIn(scriptOf(from, text), from)) {
      if (!spec.startsWith('.')) continue; // a package or node: builtin
      const to = resolveSpecifier(from, spec);
      if (to === null) unresolved.push(`${from}: '${spec}' names no file`);
      else if (to !== '') all.push({ from, to, spec }); // the repository root, as a base for paths
    }
  }
  return { edges: all, unresolved };
}

/** Why an edge breaks the layering, or null when it may stand. */
function wrongWay({ from, to }: { from: string; to: string }): string | null {
  const [a, b] = [layerOf(from), layerOf(to)];
  if (a === b || DATA.has(b) || a === 'tests') return null;
  if (b === FIXTURES) return isTest(from) || MAY_IMPORT_FIXTURES.has(from) ? null : `only tests may import ${FIXTURES}`;
  const allowed = MAY_IMPORT[a];
  if (!allowed) return `${a} has no row in MAY_IMPORT`;
  return allowed.includes(b) ? null : `${a} may not import ${b}`;
}

/** Loops between folders, from arrows of non-test files (a test is imported by nothing, so closes no loop). */
function folderCycles(list: { from: string; to: string }[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of list) {
    const [a, b] = [layerOf(from), layerOf(to)];
    if (a === b || isTest(from) || DATA.has(b)) continue;
    next.set(a, (next.get(a) ?? new Set()).add(b));
  }
  const cycles = new Set<string>();
  const walk = (path: string[]): void => {
    for (const b of next.get(path[path.length - 1]) ?? []) {
      if (b === path[0]) {
        const at = path.indexOf([...path].sort()[0]); // one spelling per loop: start at its first name
        cycles.add([...path.slice(at), ...path.slice(0, at), path[at]].join(' → '));
      } else if (!path.includes(b)) walk([...path, b]);
    }
  };
  for (const start of next.keys()) walk([start]);
  return [...cycles].sort();
}

describe('the import walk', () => {
  it('finds every kind of reference a module can make', () => {
    const text = [
      "import a from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "export * from './d';",
      "type E = typeof import('./e');",
      "const f = () => import('./f');",
      "new Worker(new URL('./g.worker.ts', import.meta.url), { type: 'module' });",
      "const h = import.meta.glob('./h/*.json');",
      "new URL('https://example.org/', 'https://example.org');",
      "// import z from './not-a-comment';",
    ].join('\n');
    expect(specifiersIn(text, 'x.ts')).toEqual(['./a', '../b', './c', './d', './e', './f', './g.worker.ts', './h/*.json']);
  });

  it('names the folder of a path and the reason an arrow is wrong', () => {
    expect(layerOf('src/main.ts')).toBe('app');
    expect(layerOf('src/registry')).toBe('registry');
    expect(layerOf('src/engine/steps/costs.ts')).toBe('engine');
    expect(layerOf('workers/engine.worker.ts')).toBe('workers');
    expect(wrongWay({ from: 'src/engine/run.ts', to: 'src/io/csv.ts' })).toBe('engine may not import io');
    expect(wrongWay({ from: 'src/engine/run.test.ts', to: 'src/fixtures/tinyCity.ts' })).toBeNull();
    expect(wrongWay({ from: 'src/engine/run.ts', to: 'src/fixtures/tinyCity.ts' })).toBe('only tests may import fixtures');
    expect(wrongWay({ from: 'src/registry/units.ts', to: 'src/engine/money.ts' })).toBe('registry may not import engine');
    expect(wrongWay({ from: 'src/newFolder/x.ts', to: 'src/engine/money.ts' })).toBe('newFolder has no row in MAY_IMPORT');
    expect(folderCycles([
      { from: 'src/io/a.ts', to: 'src/i18n/b.ts' },
      { from: 'src/i18n/b.ts', to: 'src/io/c.ts' },
      { from: 'src/io/a.test.ts', to: 'src/ui/d.ts' },
      { from: 'src/ui/d.ts', to: 'src/io/a.ts' },
    ])).toEqual(['i18n → io → i18n']);
  });
});

describe('the layering', () => {
  const { edges: all, unresolved } = edges();

  it('finds a file for every relative import', () => {
    expect(all.length).toBeGreaterThan(1000);
    expect(unresolved).toEqual([]);
  });

  it('has no wrong-way import (file: import — reason)', () => {
    const wrong = all.flatMap((e) => {
      const why = wrongWay(e);
      return why ? [`${e.from}: '${e.spec}' — ${why}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('has no loop between top-level folders', () => {
    expect(folderCycles(all)).toEqual([]);
  });
});
