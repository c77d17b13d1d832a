import { defineConfig } from 'vite';

// No @vitejs/plugin-react: Vite's own transformer (oxc) compiles TSX with the automatic JSX runtime.
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022', modulePreload: { polyfill: false } },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
