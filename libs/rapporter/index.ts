/** The public surface of libs/rapporter: other libraries and the apps import from here, not from src/. */
export * from './src/rapport.beregning.js';
export * from './src/rapport.service.js';
export * from './src/rapport.jobbhandler.js';
export * from './src/rapporter.module.js';
