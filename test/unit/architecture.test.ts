import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';

// The layout's boundaries, read from the imports themselves (architecture.md):
// shared/ imports nothing of the others and no Node, DOM or Electron; db/ no electron or
// renderer; renderer/ no Node, db or electron; only the Electron wiring imports 'electron'.

const ROOT = resolve(__dirname, '..', '..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const ELECTRON_WIRING = new Set(['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/printer.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every module a file imports or requires at run time (type-only imports are erased). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) found.push(match[2]!);
  for (const match of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(match[1]!);
  for (const match of text.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
  return found;
}

/** A package's name, or for a relative import the top-level folder it lands in, as './db'. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return `./${relative(ROOT, resolve(ROOT, file, '..', specifier)).split(sep)[0]!}`;
}

function violations(dir: string, forbidden: (target: string, file: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    runtimeImports(file)
      .filter((specifier) => forbidden(target(file, specifier), file))
      .map((specifier) => `${file} imports ${specifier}`),
  );
}

const isNode = (t: string) => NODE_BUILTINS.has(t) || t === 'better-sqlite3';

describe('the layout keeps each kind of code where it can run', () => {
  test('shared/ imports no Node, DOM, Electron, database or renderer code', () => {
    const forbidden = ['electron', './electron', './db', './renderer', 'react', 'react-dom'];
    expect(violations('shared', (t) => isNode(t) || forbidden.includes(t))).toEqual([]);
  });

  test('db/ imports neither Electron nor renderer code', () => {
    expect(violations('db', (t) => ['electron', './electron', './renderer', 'react'].includes(t))).toEqual([]);
  });

  test('renderer/ imports no Node or database code', () => {
    expect(violations('renderer', (t) => isNode(t) || ['electron', './electron', './db'].includes(t))).toEqual([]);
  });

  test("only main.ts, preload.ts, ipc.ts and printer.ts import 'electron'", () => {
    expect(violations('electron', (t, file) => t === 'electron' && !ELECTRON_WIRING.has(file))).toEqual([]);
  });

  test('the services, host and CLI never reach into the renderer', () => {
    expect(violations('electron', (t) => t === './renderer')).toEqual([]);
  });

  test('the checker itself sees imports (so the checks above cannot pass vacuously)', () => {
    expect(runtimeImports('electron/ipc.ts')).toContain('electron');
    expect(runtimeImports('db/open.ts')).toContain('better-sqlite3');
    expect(target('electron/services/index.ts', '../../db/open')).toBe('./db');
  });
});
