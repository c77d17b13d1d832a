/** The public surface of libs/access: other libraries and the apps import from here, not from src/. */
export * from './src/oppslag.repository.js';
export * from './src/tilgang.js';
