/** The public surface of libs/innboks: other libraries and the apps import from here, not from src/. */
export * from './src/innboks.module.js';
export * from './src/innboks.repository.js';
export * from './src/innboks.service.js';
