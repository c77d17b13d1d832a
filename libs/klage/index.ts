/** The public surface of libs/klage: other libraries and the apps import from here, not from src/. */
export * from './src/klage.module.js';
export * from './src/klage.repository.js';
export * from './src/klage.service.js';
export * from './src/klageavslutning.js';
