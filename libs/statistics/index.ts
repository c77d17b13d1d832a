/** The public surface of libs/statistics: other libraries and the apps import from here, not from src/. */
export * from './src/index.js';
export * from './src/anonymisering/enheter.js';
export * from './src/anonymisering/kontroll.js';
export * from './src/anonymisering/perioder.js';
export * from './src/anonymisering/regler.js';
export * from './src/anonymisering/tabellspesifikasjon.js';
export * from './src/anonymisering/utgivelse.js';
export * from './src/fordelinger.js';
export * from './src/funnel.js';
export * from './src/intervaller.js';
export * from './src/sammenligning.js';
export * from './src/standardisering.js';
export * from './src/tester.js';
