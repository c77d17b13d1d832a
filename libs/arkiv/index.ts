/** The public surface of libs/arkiv: other libraries and the apps import from here, not from src/. */
export * from './src/arkiv.module.js';
export * from './src/arkiv.service.js';
