/** The public surface of libs/audit: other libraries and the apps import from here, not from src/. */
export * from './src/audit.service.js';
export * from './src/tilgangslogg.repository.js';
