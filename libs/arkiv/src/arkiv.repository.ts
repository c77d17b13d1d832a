import { Injectable } from '@nestjs/common';
import {
  ArkivmeldingEntity, BrevEntity, JournalnotatEntity, KlageEntity, PersonEntity, SoknadEntity, type Arkivgjelder, type TenantManager,
} from '../../persistence/index.js';

/** What the archive answered for one arkivmelding. */
export type Arkivsvar =
  | { status: 'feilet'; feil: string }
  | { status: 'arkivert'; systemId: string | null; journalpostnummer: string | null };

/**
 * The archive's delivery state (`arkivmelding`, one row per thing archived) and the rows an arkivmelding is
 * built from: the case, its party, letters, complaints and journal notes. In the caller's tenant transaction.
 */
@Injectable()
export class ArkivRepository {
  /** Up to `antall` ids not yet archived, oldest first; all but cases only where the case's saksmappe has gone. */
  async nye(tm: TenantManager, knr: string, gjelder: Arkivgjelder, antall: number): Promise<string[]> {
    const kilde = {
      sak: `SELECT s.id, s.opprettet, s.id AS soknad_id FROM soknad s WHERE s.kommunenummer = $1`,
      brev: `SELECT b.id, b.opprettet, b.soknad_id FROM brev b WHERE b.kommunenummer = $1 AND b.status = 'sendt' AND b.pdf IS NOT NULL`,
      klage: `SELECT k.id, k.opprettet, k.soknad_id FROM klage k WHERE k.kommunenummer = $1`,
      notat: `SELECT j.id, j.opprettet, j.soknad_id FROM journalnotat j WHERE j.kommunenummer = $1`,
    }[gjelder];
    const rader: { id: string }[] = await tm.query(
      `SELECT x.id FROM (${kilde}) x
       WHERE NOT EXISTS (SELECT 1 FROM arkivmelding m WHERE m.gjelder = $2 AND m.gjelder_id = x.id)
         AND ($2 = 'sak' OR EXISTS (SELECT 1 FROM arkivmelding m WHERE m.gjelder = 'sak' AND m.gjelder_id = x.soknad_id))
       ORDER BY x.opprettet LIMIT $3`,
      [knr, gjelder, antall],
    );
    return rader.map((r) => r.id);
  }

  /** Records that a thing is being archived; false when another pass got there first (the row is unique). */
  async registrer(tm: TenantManager, m: Pick<ArkivmeldingEntity, 'kommunenummer' | 'soknadId' | 'gjelder' | 'gjelderId'>): Promise<boolean> {
    const rad = await tm.createQueryBuilder().insert().into(ArkivmeldingEntity).values(m).orIgnore().returning('id').execute();
    return Boolean(rad.raw[0]);
  }

  async lagreSvar(tm: TenantManager, gjelder: Arkivgjelder, gjelderId: string, svar: Arkivsvar): Promise<void> {
    await tm.update(ArkivmeldingEntity, { gjelder, gjelderId }, { ...svar, kvittert: new Date() });
  }

  /** The case's saksmappe in the archive. */
  async lagreSaksmappe(tm: TenantManager, soknadId: string, arkivSystemId: string, arkivSaksnummer: string | null): Promise<void> {
    await tm.update(SoknadEntity, { id: soknadId }, { arkivSystemId, arkivSaksnummer });
  }

  /** The letter's journalpost in the archive. */
  async lagreJournalpost(tm: TenantManager, brevId: string, arkivSystemId: string, arkivJournalpostnummer: string | null): Promise<void> {
    await tm.update(BrevEntity, { id: brevId }, { arkivSystemId, arkivJournalpostnummer });
  }

  /** The case a letter, complaint or note belongs to. */
  async soknadIdFor(tm: TenantManager, gjelder: Exclude<Arkivgjelder, 'sak'>, id: string): Promise<string> {
    return (await tm.findOneByOrFail({ brev: BrevEntity, klage: KlageEntity, notat: JournalnotatEntity }[gjelder], { id })).soknadId;
  }

  hentSak(tm: TenantManager, id: string): Promise<SoknadEntity> {
    return tm.findOneByOrFail(SoknadEntity, { id });
  }

  hentPerson(tm: TenantManager, id: string): Promise<PersonEntity> {
    return tm.findOneByOrFail(PersonEntity, { id });
  }

  hentBrev(tm: TenantManager, id: string): Promise<BrevEntity> {
    return tm.findOneByOrFail(BrevEntity, { id });
  }

  hentKlage(tm: TenantManager, id: string): Promise<KlageEntity> {
    return tm.findOneByOrFail(KlageEntity, { id });
  }

  hentNotat(tm: TenantManager, id: string): Promise<JournalnotatEntity> {
    return tm.findOneByOrFail(JournalnotatEntity, { id });
  }
}
