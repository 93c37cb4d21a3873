import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built to build/renderer and served by the desktop protocol or the
// browser host. Relative asset paths work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../build/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // No inline scripts or styles: the CSP allows neither.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'chrome120',
    // A desktop app loads from disk: one larger chunk (React, zod, chart.js) is fine.
    chunkSizeWarningLimit: 1500,
  },
});
