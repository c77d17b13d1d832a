/** The public surface of libs/dokumenter: other libraries and the apps import from here, not from src/. */
export * from './src/dokument.repository.js';
export * from './src/dokument.service.js';
export * from './src/dokumenter.module.js';
export * from './src/dokumentkontroll.js';
