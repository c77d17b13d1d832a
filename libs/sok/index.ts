/** The public surface of libs/sok: other libraries and the apps import from here, not from src/. */
export * from './src/sok.module.js';
export * from './src/sok.repository.js';
export * from './src/sok.service.js';
