/** The public surface of libs/hendelser: other libraries and the apps import from here, not from src/. */
export * from './src/hendelse.repository.js';
export * from './src/hendelse.service.js';
export * from './src/hendelser.module.js';
export * from './src/hendelser.js';
