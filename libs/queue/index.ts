/** The public surface of libs/queue: other libraries and the apps import from here, not from src/. */
export * from './src/jobbworker.js';
export * from './src/ko-skjema.js';
export * from './src/kobackend.js';
export * from './src/koer.js';
export * from './src/lukk.js';
export * from './src/queues.js';
export * from './src/jobbregister.js';
