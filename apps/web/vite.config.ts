import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// No @vitejs/plugin-react: Vite's own transformer (oxc) compiles TSX with the automatic JSX runtime.
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // Two pages: the caseworkers' app and the citizens' application form (its own small bundle).
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022', modulePreload: { polyfill: false }, rollupOptions: { input: { main: resolve(import.meta.dirname, 'index.html'), soknad: resolve(import.meta.dirname, 'soknad.html') } } },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
