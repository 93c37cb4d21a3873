// Builds everything the app runs from: the renderer (Vite) and the Node-side bundles
// (esbuild) for Electron's main and preload, the browser host, the CLI and the bench.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';

const quiet = process.argv.includes('--quiet');

rmSync('build/electron', { recursive: true, force: true });
await viteBuild({ configFile: 'vite.config.mts', logLevel: quiet ? 'warn' : 'info' });
// PDF.js draws the standard PDF fonts (Helvetica, Times…) and CJK text from these data files.
for (const data of ['standard_fonts', 'cmaps']) {
  cpSync(`node_modules/pdfjs-dist/${data}`, `build/renderer/pdfjs/${data}`, { recursive: true });
}

const nodeEntries = {
  'electron/main': 'electron/main.ts',
  'electron/preload': 'electron/preload.ts',
  'electron/host/launch': 'electron/host/launch.ts',
  'electron/cli/quorate': 'electron/cli/quorate.ts',
  'bench/run': 'test/bench/run.ts',
  'bench/meeting': 'test/bench/meeting.ts',
  'bench/dashboard': 'test/bench/dashboard.ts',
  'bench/pack': 'test/bench/pack.ts',
  'test/crash-writer': 'test/support/crash-writer.ts',
};
await esbuild({
  entryPoints: nodeEntries,
  outdir: 'build',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  // Native or binary-downloading packages stay outside the bundle.
  external: ['electron', 'better-sqlite3', 'playwright-core'],
  logLevel: quiet ? 'warning' : 'info',
});
