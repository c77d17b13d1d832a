/** The public surface of libs/letters: other libraries and the apps import from here, not from src/. */
export * from './src/index.js';
export * from './src/brevdata.js';
export * from './src/brevdata.fabrikk.js';
export * from './src/brevmal.js';
export * from './src/brevtekster.js';
export * from './src/brevtitler.js';
export * from './src/brevtyper.js';
export * from './src/renderer.js';
export * from './src/standard-brevmaler.js';
