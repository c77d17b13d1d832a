/** The public surface of libs/platform: other libraries and the apps import from here, not from src/. */
export * from './src/gjentakelse.js';
export * from './src/platform.module.js';
