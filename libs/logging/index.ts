/** The public surface of libs/logging: other libraries and the apps import from here, not from src/. */
export * from './src/app-logger.js';
export * from './src/logging.js';
