// Builds everything the app runs from: the renderer (Vite) and the Node-side bundles
// (esbuild) for Electron's main and preload, the browser host, the CLI and the bench.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { rmSync } from 'node:fs';

const quiet = process.argv.includes('--quiet');

rmSync('build/electron', { recursive: true, force: true });
await viteBuild({ configFile: 'vite.config.mts', logLevel: quiet ? 'warn' : 'info' });

const nodeEntries = {
  'electron/main': 'electron/main.ts',
  'electron/preload': 'electron/preload.ts',
  'electron/host/launch': 'electron/host/launch.ts',
  'electron/cli/quorate': 'electron/cli/quorate.ts',
  'bench/run': 'test/bench/run.ts',
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
