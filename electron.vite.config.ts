import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

/**
 * In `electron-vite dev` Vite injects CSS as <style> elements, which the strict
 * CSP in renderer/index.html forbids. Only the dev server relaxes style-src;
 * the built app (what users run and what the e2e tests load) keeps the strict policy.
 */
function devStyleCsp(): Plugin {
  return {
    name: 'werkbank-dev-style-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  }
}

/** Where builds go; WERKBANK_OUT_DIR lets parallel test runs build side by side. */
const outDir = process.env.WERKBANK_OUT_DIR ?? 'out'

export default defineConfig({
  main: {
    build: {
      outDir: `${outDir}/main`,
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: `${outDir}/preload`,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules: emit CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [devStyleCsp()],
    build: {
      outDir: `${outDir}/renderer`,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
})
