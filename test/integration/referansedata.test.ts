import { jest } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { DomeneFeil } from '../../libs/domain/src/felles/typer.js';
import { createDataSource } from '../../libs/persistence/src/data-source.js';
import { REFERANSEDATA_LEVETID_MS, Referansedata } from '../../libs/persistence/src/referansedata.js';
import { ownerClient, VAGAN } from '../support/harness.js';

/** Municipalities and services are read once a minute per process, not three times per decision. */
describe('reference data (municipalities and the service catalogue)', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await createDataSource(process.env.DATABASE_URL!, 2).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('gives the four municipalities and the catalogue, frozen, and names an unknown municipality', async () => {
    const r = new Referansedata();
    const kommuner = await r.kommuner(ds.manager);
    expect([...kommuner.keys()].sort()).toEqual(['1859', '1860', '1865', '1874']);
    const vagan = await r.kommune(ds.manager, VAGAN);
    expect(vagan.navn).toBe('Vågan');
    expect(Object.isFrozen(vagan) && Object.isFrozen(vagan.fireOyneTjenester)).toBe(true);
    expect((await r.tjenester(ds.manager)).map((t) => t.kode)).toContain('hjemmesykepleie');
    expect((await r.tjenestenavn(ds.manager))('ukjent_kode')).toBe('ukjent_kode');
    const feil = await r.kommune(ds.manager, '0301').catch((e: unknown) => e);
    expect(feil).toBeInstanceOf(DomeneFeil);
    expect((feil as DomeneFeil).status).toBe(400);
    expect((feil as DomeneFeil).message).toContain('0301');
  });

  it('sees a changed setting once its minute has passed, not before', async () => {
    const r = new Referansedata();
    const eier = await ownerClient();
    const naa = jest.spyOn(Date, 'now');
    const start = Date.now();
    try {
      naa.mockReturnValue(start);
      const foer = (await r.kommune(ds.manager, VAGAN)).telefon;
      await eier.query(`update kommune set telefon = '+47 00 00 00 00' where kommunenummer = $1`, [VAGAN]);
      naa.mockReturnValue(start + REFERANSEDATA_LEVETID_MS - 1);
      expect((await r.kommune(ds.manager, VAGAN)).telefon).toBe(foer);
      naa.mockReturnValue(start + REFERANSEDATA_LEVETID_MS + 1);
      expect((await r.kommune(ds.manager, VAGAN)).telefon).toBe('+47 00 00 00 00');
      await eier.query(`update kommune set telefon = $2 where kommunenummer = $1`, [VAGAN, foer]);
    } finally {
      naa.mockRestore();
      await eier.end();
    }
  });
});
