import { Inject, Injectable, type Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source.js';
import { LESEKOPI } from './tenant/tenant-transaction.js';

/**
 * The process's database pools (the primary, and the read replica when DATABASE_READ_URL names one): what the
 * readiness check asks and what shutdown closes, so that nothing above libs/persistence holds a DataSource.
 */
@Injectable()
export class Databaser {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(LESEKOPI) private readonly lesekopi: DataSource | null,
  ) {}

  /** Whether the primary answers within `ms`; a hung connection counts as no answer. */
  async svarer(ms = 2000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const frist = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    try {
      return await Promise.race([this.dataSource.query('select 1').then(() => true, () => false), frist]);
    } finally {
      clearTimeout(timer);
    }
  }

  async lukk(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    if (this.lesekopi?.isInitialized) await this.lesekopi.destroy();
  }
}

/** The pools as Nest providers, opened when the app starts. */
export function databaseleverandorer(valg: { url: string; lesekopiUrl?: string; poolSize?: number }): Provider[] {
  return [
    { provide: DataSource, useFactory: () => createDataSource(valg.url, valg.poolSize).initialize() },
    { provide: LESEKOPI, useFactory: async () => (valg.lesekopiUrl ? createDataSource(valg.lesekopiUrl, valg.poolSize).initialize() : null) },
    Databaser,
  ];
}

/** What the platform hands on from {@link databaseleverandorer}: repositories inject the DataSource. */
export const DATABASEEKSPORTER = [DataSource, LESEKOPI, Databaser];
