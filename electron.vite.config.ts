// One build for the three processes. Our entries live in top-level main/, preload/ and renderer/
// (not the template's src/), so every input is named here.
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          // Electron's main process.
          index: resolve(__dirname, 'main/index.ts'),
          // The browser edition: the same services behind a loopback HTTP server, run by Node.
          serve: resolve(__dirname, 'main/web/serve.ts'),
          // Certificate verification runs in a worker thread (main/certificate/worker-run.ts).
          'certificate-verify-worker': resolve(__dirname, 'main/certificate/verify-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; the page is also served over HTTP
      // by the browser edition, and parse time and weight count there (issue #8).
      minify: 'esbuild',
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') }
    }
  }
})
