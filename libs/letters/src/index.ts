export * from './brevtyper.js';
export type * from './brevdata.js';
export * from './vokabular.js';
export * from './paakrevde-seksjoner.js';
export * from './brevmal.js';
export { avsenderlinje, avvisIkkeJson, formaterDato, lagFlettevisning, AVSENDER_SUFFIKS, type Flettevisning } from './flettedata.js';
export * from './standard-brevmaler.js';
export * from './renderer.js';
