/** The public surface of libs/abonnementer: other libraries and the apps import from here, not from src/. */
export * from './src/abonnement.repository.js';
export * from './src/abonnement.service.js';
export * from './src/abonnementer.module.js';
export * from './src/hemmelighet.js';
export * from './src/mottaker-url.js';
export * from './src/signatur.js';
export * from './src/webhook.jobbhandler.js';
