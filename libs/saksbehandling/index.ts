/** The public surface of libs/saksbehandling: other libraries and the apps import from here, not from src/. */
export * from './src/innbyggersoknad.service.js';
export * from './src/kartlegging.service.js';
export * from './src/person.repository.js';
export * from './src/person.service.js';
export * from './src/referanse.repository.js';
export * from './src/saksbehandling.module.js';
export * from './src/saksflyt.service.js';
export * from './src/saksmappe.repository.js';
export * from './src/soknad.repository.js';
export * from './src/soknad.service.js';
export * from './src/tilgangslogg.service.js';
