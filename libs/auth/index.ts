/** The public surface of libs/auth: other libraries and the apps import from here, not from src/. */
export * from './src/idporten.js';
export * from './src/token-verifier.js';
