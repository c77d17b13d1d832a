/** The public surface of libs/config: other libraries and the apps import from here, not from src/. */
export * from './src/config.js';
