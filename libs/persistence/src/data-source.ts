import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { pgStromValg } from './embedded/intern-forbindelse.js';

/**
 * TypeORM options for PostgreSQL. `synchronize` is never on: the schema comes only from the
 * hand-reviewed migrations in `migrations/`, run as the owner role; only the migration runner passes them.
 */
export function dataSourceOptions(url: string, poolSize = 10, migrations: DataSourceOptions['migrations'] = []): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations,
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

export function createDataSource(url: string, poolSize?: number, migrations?: DataSourceOptions['migrations']): DataSource {
  return new DataSource(dataSourceOptions(url, poolSize, migrations));
}
