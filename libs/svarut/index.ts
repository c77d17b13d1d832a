/** The public surface of libs/svarut: other libraries and the apps import from here, not from src/. */
export * from './src/leveranse.module.js';
export * from './src/svarut-status.service.js';
