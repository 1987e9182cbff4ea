import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // <zolgensma-reference> is a custom element, not a Vue component.
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'zolgensma-reference' } },
    }),
  ],
  // The dev server pre-bundles dependencies into one folder, away from the
  // widget's wasm: leave the widget as it is.
  optimizeDeps: { exclude: ['zolgensma-reference-widget'] },
  build: { target: 'es2022' },
});
