// Vite without the React plugin: esbuild turns JSX into React 19's
// automatic runtime (no Fast Refresh, which a built page does not need).
import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  // The dev server pre-bundles dependencies into one folder, away from the
  // widget's wasm: leave the widget as it is.
  optimizeDeps: { exclude: ['zolgensma-reference-widget'] },
  build: { target: 'es2022' },
});
