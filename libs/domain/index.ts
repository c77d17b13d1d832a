/** The public surface of libs/domain: other libraries and the apps import from here, not from src/. */
export * from './src/felles/bruker.js';
export * from './src/felles/typer.js';
export * from './src/frister/dato.js';
export * from './src/frister/frister.js';
export * from './src/hendelser/hendelsestyper.js';
export * from './src/kartlegging/bistandsbehov.js';
export * from './src/kartlegging/iplos.js';
export * from './src/kriterier/index.js';
export * from './src/person/fodselsnummer.js';
export * from './src/saksflyt/navn.js';
export * from './src/saksflyt/saksflyt.js';
export * from './src/tjenester/katalog.js';
export * from './src/tjenester/rettsgrunnlag.js';
// Two names exist twice: the service catalogue's `Omfangsenhet` (with 'ja_nei') and the assessment's IPLOS
// `ADL_VARIABLER` are the ones here; the criteria's own are used inside src/kriterier.
export { ADL_VARIABLER } from './src/kartlegging/bistandsbehov.js';
export type { Omfangsenhet } from './src/tjenester/katalog.js';
