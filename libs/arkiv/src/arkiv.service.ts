import { Inject, Injectable, Logger } from '@nestjs/common';
import { Gjentakelse } from '../../platform/src/gjentakelse.js';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/src/config.js';
import type { Brevdata } from '../../letters/src/brevdata.js';
import { brevtittel } from '../../letters/src/brevtitler.js';
import { erVedtaksbrev, type Brevtype } from '../../letters/src/brevtyper.js';
import { PersonnummerKrypto } from '../../persistence/src/crypto/personnummer-krypto.js';
import { ArkivmeldingEntity, type Arkivgjelder } from '../../persistence/src/entities/arkivmelding.entity.js';
import { BrevEntity } from '../../persistence/src/entities/brev.entity.js';
import { KlageEntity } from '../../persistence/src/entities/klage.entity.js';
import { PersonEntity } from '../../persistence/src/entities/person.entity.js';
import { JournalnotatEntity } from '../../persistence/src/entities/sakshistorikk.entity.js';
import { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { systembruker } from '../../persistence/src/tenant/systembruker.js';
import { TenantTransaction, type TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { lagArkivmelding, type Arkivperson, type Journalpostgrunnlag } from './arkivmelding.js';
import { ARKIV_TRANSPORT, type Arkivkvittering, type ArkivTransport } from './transport.js';

/** What one pass did, per kind. */
export interface Arkivrunde {
  sendt: Record<Arkivgjelder, number>;
  kvittert: number;
}

const PER_RUNDE = 100;

/**
 * Archives, for every municipality whose `arkivering` is `fiks_arkiv`, what is new since the last pass: each
 * case (saksmappe with the application as an incoming journalpost), then each sent letter (outgoing, with its
 * PDF/A), complaint (incoming) and journal note (X) of a case already sent. The `arkivmelding` row is inserted
 * in the same transaction as the package is written, and is unique per thing archived: a pass that runs twice,
 * or on two workers, sends nothing twice. Then it reads the archive's kvitteringer and stores its ids on the
 * case and the letters.
 */
@Injectable()
export class ArkivService {
  private readonly logger = new Logger('Arkiv');
  private readonly krypto: PersonnummerKrypto;
  private readonly gjentakelse = new Gjentakelse(this.logger, 'Arkivering feilet; prøver igjen');

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(ARKIV_TRANSPORT) private readonly transport: ArkivTransport,
    private readonly dataSource: DataSource,
    private readonly tx: TenantTransaction,
    private readonly context: RequestContext,
    private readonly referanse: Referansedata,
  ) {
    this.krypto = new PersonnummerKrypto(config.PERSON_DATA_KEY);
  }

  async kjor(): Promise<Arkivrunde> {
    const runde: Arkivrunde = { sendt: { sak: 0, brev: 0, klage: 0, notat: 0 }, kvittert: 0 };
    const kommuner = [...(await this.referanse.kommuner(this.dataSource.manager)).values()].filter((k) => k.arkivering === 'fiks_arkiv');
    for (const { kommunenummer } of kommuner) {
      await this.context.kjorSom(systembruker([kommunenummer]), async () => {
        for (const gjelder of ['sak', 'brev', 'klage', 'notat'] as const) runde.sendt[gjelder] += await this.send(kommunenummer, gjelder);
        runde.kvittert += await this.kvitter(kommunenummer);
      });
    }
    return runde;
  }

  /** Ids not yet archived, oldest first; all but cases only where the case's saksmappe has gone. */
  private async nye(tm: TenantManager, knr: string, gjelder: Arkivgjelder): Promise<string[]> {
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
       ORDER BY x.opprettet LIMIT ${PER_RUNDE}`,
      [knr, gjelder],
    );
    return rader.map((r) => r.id);
  }

  private async send(knr: string, gjelder: Arkivgjelder): Promise<number> {
    const ider = await this.tx.run((tm) => this.nye(tm, knr, gjelder));
    let n = 0;
    for (const id of ider) {
      // The row and the package together: if writing fails the row rolls back and the next pass tries again.
      const sendt = await this.tx.run(async (tm) => {
        const melding = await this.melding(tm, gjelder, id);
        const rad = await tm.createQueryBuilder().insert().into(ArkivmeldingEntity).values({ kommunenummer: knr, soknadId: melding.soknadId, gjelder, gjelderId: id }).orIgnore().returning('id').execute();
        if (!rad.raw[0]) return false;
        await this.transport.send({ kommunenummer: knr, navn: `${gjelder}-${id}`, arkivmelding: melding.xml, filer: melding.filer });
        return true;
      });
      if (sendt) n += 1;
    }
    return n;
  }

  private async person(tm: TenantManager, soknad: SoknadEntity): Promise<Arkivperson> {
    const p = await tm.findOneByOrFail(PersonEntity, { id: soknad.personId });
    return { navn: p.navn, fodselsnummer: this.krypto.dekrypter(p.fnrKryptert), adresselinjer: p.strengtFortrolig || !p.adresse ? null : p.adresse.split(/,\s*|\n/).map((l) => l.trim()).filter(Boolean) };
  }

  /** The arkivmelding for one thing, built from what the system stored (the letter's own bytes and checksum). */
  private async melding(tm: TenantManager, gjelder: Arkivgjelder, id: string): Promise<{ soknadId: string; xml: string; filer: { navn: string; innhold: Buffer }[] }> {
    const soknadId = gjelder === 'sak' ? id : (await tm.findOneByOrFail({ brev: BrevEntity, klage: KlageEntity, notat: JournalnotatEntity }[gjelder], { id })).soknadId;
    const soknad = await tm.findOneByOrFail(SoknadEntity, { id: soknadId });
    const person = await this.person(tm, soknad);
    const saksbehandler = soknad.saksbehandlerNavn ?? 'Felles tildelingskontor Lofoten';
    const felles = { sakNoekkel: `soknad/${soknad.id}`, sakSystemId: soknad.arkivSystemId, saksbehandler };

    if (gjelder === 'sak') {
      const navn = await this.referanse.tjenestenavn(tm);
      const soker: Arkivperson = soknad.sokerType === 'selv' || !soknad.sokerNavn ? person : { navn: soknad.sokerNavn, fodselsnummer: null, adresselinjer: null };
      const xml = lagArkivmelding({
        antallFiler: 0,
        mappe: {
          noekkel: felles.sakNoekkel,
          saksnummer: soknad.saksnummer,
          tittel: `Helse- og omsorgstjenester – ${person.navn}`,
          offentligTittel: 'Helse- og omsorgstjenester – *****',
          mottattDato: soknad.mottattDato,
          saksbehandler,
          person,
          tjenester: soknad.tjenester.map((kode) => ({ kode, navn: navn(kode) })),
        },
        registrering: { ...felles, noekkel: `soknad/${soknad.id}/soknad`, journalposttype: 'I', tittel: 'Søknad om helse- og omsorgstjenester', offentligTittel: 'Søknad om helse- og omsorgstjenester', dato: soknad.mottattDato, korrespondansepart: soker, beskrivelse: `Mottatt ${kanalnavn(soknad.kanal)}. Saksnummer i fagsystemet: ${soknad.saksnummer}.` },
      });
      return { soknadId, xml, filer: [] };
    }
    if (gjelder === 'brev') {
      const brev = await tm.findOneByOrFail(BrevEntity, { id });
      const data = brev.flettedata as unknown as Brevdata;
      const filnavn = `${soknad.saksnummer}-${brev.brevtype}.pdf`;
      const referanseDokumentfil = `brev-${brev.id}.pdf`;
      const mottaker: Arkivperson = data.verge && data.verge.rolle !== 'fullmektig' ? { navn: data.verge.navn, fodselsnummer: null, adresselinjer: data.verge.adresselinjer } : person;
      const tittel = brevtittel(brev.brevtype);
      const registrering: Journalpostgrunnlag = {
        ...felles,
        noekkel: `brev/${brev.id}`,
        journalposttype: 'U',
        tittel,
        offentligTittel: tittel,
        dato: brev.sendtDato ?? data.dato,
        korrespondansepart: mottaker,
        dokument: {
          tittel,
          dokumenttype: erVedtaksbrev(brev.brevtype as Brevtype) || /_avvist$/.test(brev.brevtype) ? { kode: 'VEDTAK', beskrivelse: 'Vedtak' } : { kode: 'KORR', beskrivelse: 'Korrespondanse' },
          filnavn,
          referanseDokumentfil,
          sha256: brev.sha256!,
          storrelse: brev.pdf!.length,
        },
      };
      return { soknadId, xml: lagArkivmelding({ antallFiler: 1, registrering }), filer: [{ navn: referanseDokumentfil, innhold: brev.pdf! }] };
    }
    if (gjelder === 'klage') {
      const klage = await tm.findOneByOrFail(KlageEntity, { id });
      const registrering: Journalpostgrunnlag = { ...felles, noekkel: `klage/${klage.id}`, journalposttype: 'I', tittel: 'Klage på vedtak', offentligTittel: 'Klage på vedtak', dato: klage.mottattDato, korrespondansepart: person, beskrivelse: `Klagefrist ${klage.klagefrist}; ${klage.innenFrist ? 'innen fristen' : 'etter fristen'}.` };
      return { soknadId, xml: lagArkivmelding({ antallFiler: 0, registrering }), filer: [] };
    }
    const notat = await tm.findOneByOrFail(JournalnotatEntity, { id });
    const registrering: Journalpostgrunnlag = { ...felles, saksbehandler: notat.opprettetAvNavn, noekkel: `notat/${notat.id}`, journalposttype: 'X', tittel: 'Journalnotat', offentligTittel: 'Journalnotat', dato: notat.opprettet.toISOString().slice(0, 10), korrespondansepart: null, beskrivelse: notat.tekst };
    return { soknadId, xml: lagArkivmelding({ antallFiler: 0, registrering }), filer: [] };
  }

  /** The archive's kvitteringer: its ids onto the message, the case and the letter; a refusal is kept with its reason. */
  private async kvitter(knr: string): Promise<number> {
    const kvitteringer = await this.transport.kvitteringer(knr);
    for (const k of kvitteringer) {
      await this.tx.run((tm) => this.lagre(tm, k));
      await this.transport.ferdig(knr, k.navn);
    }
    return kvitteringer.length;
  }

  private async lagre(tm: TenantManager, k: Arkivkvittering): Promise<void> {
    const m = /^(sak|brev|klage|notat)-([0-9a-f-]{36})$/.exec(k.navn);
    if (!m) return;
    const [, gjelder, id] = m;
    const r = k.registrering;
    const journalpostnummer = r ? (r.journalaar && r.journalsekvensnummer ? `${r.journalaar}/${r.journalsekvensnummer}` : r.journalpostnummer?.toString() ?? null) : null;
    await tm.update(ArkivmeldingEntity, { gjelder: gjelder as Arkivgjelder, gjelderId: id }, k.feil ? { status: 'feilet', feil: k.feil.slice(0, 500), kvittert: new Date() } : { status: 'arkivert', kvittert: new Date(), systemId: k.mappe?.systemId ?? r?.systemId ?? null, journalpostnummer });
    if (k.feil) {
      this.logger.warn({ gjelder, id }, 'Arkivet avviste en arkivmelding');
      return;
    }
    if (gjelder === 'sak' && k.mappe) {
      const saksnummer = k.mappe.saksaar && k.mappe.sakssekvensnummer ? `${k.mappe.saksaar}/${k.mappe.sakssekvensnummer}` : null;
      await tm.update(SoknadEntity, { id }, { arkivSystemId: k.mappe.systemId, arkivSaksnummer: saksnummer });
    }
    if (gjelder === 'brev' && r) await tm.update(BrevEntity, { id }, { arkivSystemId: r.systemId, arkivJournalpostnummer: journalpostnummer });
  }

  /** Runs every `intervallMs` until stopped (the worker starts it). */
  start(intervallMs: number): void {
    this.gjentakelse.start(() => this.kjor(), intervallMs);
  }

  stopp(): Promise<void> {
    return this.gjentakelse.stopp();
  }
}

function kanalnavn(kanal: string): string {
  return { digital: 'digitalt', papir: 'på papir', muntlig: 'muntlig', registrert_av_saksbehandler: 'ved saksbehandler' }[kanal] ?? kanal;
}
