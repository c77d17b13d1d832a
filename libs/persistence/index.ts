/** The public surface of libs/persistence: other libraries and the apps import from here, not from src/.
 * Cluster administration and the embedded server (database-admin, embedded/innebygd-postgres) are for the
 * tools (db:setup, demo, tests) and stay out, so that loading this surface never loads PGlite. */
export * from './src/crypto/aes-gcm.js';
export * from './src/crypto/personnummer-krypto.js';
export * from './src/data-source.js';
export * from './src/embedded/intern-forbindelse.js';
export * from './src/entities/arkivmelding.entity.js';
export * from './src/entities/brev.entity.js';
export * from './src/entities/brevmal.entity.js';
export * from './src/entities/dokument.entity.js';
export * from './src/entities/hendelse.entity.js';
export * from './src/entities/kartlegging.entity.js';
export * from './src/entities/klage.entity.js';
export * from './src/entities/kommune.entity.js';
export * from './src/entities/kriteriesett.entity.js';
export * from './src/entities/person.entity.js';
export * from './src/entities/rapport.entity.js';
export * from './src/entities/sakshistorikk.entity.js';
export * from './src/entities/soknad.entity.js';
export * from './src/entities/tilgangslogg.entity.js';
export * from './src/entities/tjeneste.entity.js';
export * from './src/entities/vedtak.entity.js';
export * from './src/referansedata.js';
export * from './src/roller.js';
export * from './src/tenant/request-context.js';
export * from './src/tenant/systembruker.js';
export * from './src/tenant/tenant-transaction.js';
export * from './src/versjonert-repository.js';
export * from './src/tenant/systemvid-tilgang.js';
export * from './src/databaser.js';
