/** The public surface of libs/brevproduksjon: other libraries and the apps import from here, not from src/. */
export * from './src/brev.jobbhandler.js';
export * from './src/brev.repository.js';
export * from './src/brevarkiv.service.js';
export * from './src/brevbestilling.service.js';
export * from './src/brevoppfolging.service.js';
export * from './src/brevproduksjon.module.js';
export * from './src/brevproduksjon.service.js';
export * from './src/foreloepig-svar.service.js';
export * from './src/leveranse.js';
export * from './src/outbox-relay.js';
export * from './src/outbox.repository.js';
