import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from '../../../migrations/index.js';
import { pgStromValg } from './embedded/intern-forbindelse.js';

/**
 * TypeORM options for PostgreSQL. `synchronize` is never on: the schema comes only from the
 * hand-reviewed migrations in `migrations/`, run as the owner role.
 */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrasjoner',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: false,
    applicationName: 'tk-lofoten',
    extra: { max: poolSize, connectionTimeoutMillis: 5000, statement_timeout: 30000, ...pgStromValg(url) },
  };
}

export function createDataSource(url: string, poolSize?: number): DataSource {
  return new DataSource(dataSourceOptions(url, poolSize));
}
