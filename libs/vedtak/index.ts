/** The public surface of libs/vedtak: other libraries and the apps import from here, not from src/. */
export * from './src/anbefaling.service.js';
export * from './src/likebehandling.service.js';
export * from './src/vedtak.module.js';
export * from './src/vedtak.service.js';
export * from './src/vedtaksbrev.service.js';
export * from './src/vedtakskontroll.js';
export * from './src/vedtaksregler.js';
export * from './src/vedtaksvisning.service.js';
export * from './src/venteliste.service.js';
