/** The public surface of libs/personoversikt: other libraries and the apps import from here, not from src/. */
export * from './src/personoversikt.module.js';
export * from './src/personoversikt.repository.js';
export * from './src/personoversikt.service.js';
