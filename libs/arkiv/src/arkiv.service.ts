import { Inject, Injectable, Logger } from '@nestjs/common';
import { Gjentakelse } from '../../platform/src/gjentakelse.js';
import { APP_CONFIG, type AppConfig } from '../../config/src/config.js';
import type { Brevdata } from '../../letters/src/brevdata.js';
import { brevtittel } from '../../letters/src/brevtitler.js';
import { erVedtaksbrev, type Brevtype } from '../../letters/src/brevtyper.js';
import { PersonnummerKrypto } from '../../persistence/src/crypto/personnummer-krypto.js';
import type { Arkivgjelder } from '../../persistence/src/entities/arkivmelding.entity.js';
import type { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { systembruker } from '../../persistence/src/tenant/systembruker.js';
import { TenantTransaction, type TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { ArkivRepository } from './arkiv.repository.js';
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
    private readonly tx: TenantTransaction,
    private readonly context: RequestContext,
    private readonly referanse: Referansedata,
    private readonly repo: ArkivRepository,
  ) {
    this.krypto = new PersonnummerKrypto(config.PERSON_DATA_KEY);
  }

  async kjor(): Promise<Arkivrunde> {
    const runde: Arkivrunde = { sendt: { sak: 0, brev: 0, klage: 0, notat: 0 }, kvittert: 0 };
    const kommuner = [...(await this.referanse.kommuner()).values()].filter((k) => k.arkivering === 'fiks_arkiv');
    for (const { kommunenummer } of kommuner) {
      await this.context.kjorSom(systembruker([kommunenummer]), async () => {
        for (const gjelder of ['sak', 'brev', 'klage', 'notat'] as const) runde.sendt[gjelder] += await this.send(kommunenummer, gjelder);
        runde.kvittert += await this.kvitter(kommunenummer);
      });
    }
    return runde;
  }

  private async send(knr: string, gjelder: Arkivgjelder): Promise<number> {
    const ider = await this.tx.run((tm) => this.repo.nye(tm, knr, gjelder, PER_RUNDE));
    let n = 0;
    for (const id of ider) {
      // The row and the package together: if writing fails the row rolls back and the next pass tries again.
      const sendt = await this.tx.run(async (tm) => {
        const melding = await this.melding(tm, gjelder, id);
        if (!(await this.repo.registrer(tm, { kommunenummer: knr, soknadId: melding.soknadId, gjelder, gjelderId: id }))) return false;
        await this.transport.send({ kommunenummer: knr, navn: `${gjelder}-${id}`, arkivmelding: melding.xml, filer: melding.filer });
        return true;
      });
      if (sendt) n += 1;
    }
    return n;
  }

  private async person(tm: TenantManager, soknad: SoknadEntity): Promise<Arkivperson> {
    const p = await this.repo.hentPerson(tm, soknad.personId);
    return { navn: p.navn, fodselsnummer: this.krypto.dekrypter(p.fnrKryptert), adresselinjer: p.strengtFortrolig || !p.adresse ? null : p.adresse.split(/,\s*|\n/).map((l) => l.trim()).filter(Boolean) };
  }

  /** The arkivmelding for one thing, built from what the system stored (the letter's own bytes and checksum). */
  private async melding(tm: TenantManager, gjelder: Arkivgjelder, id: string): Promise<{ soknadId: string; xml: string; filer: { navn: string; innhold: Buffer }[] }> {
    const soknadId = gjelder === 'sak' ? id : await this.repo.soknadIdFor(tm, gjelder, id);
    const soknad = await this.repo.hentSak(tm, soknadId);
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
      const brev = await this.repo.hentBrev(tm, id);
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
      const klage = await this.repo.hentKlage(tm, id);
      const registrering: Journalpostgrunnlag = { ...felles, noekkel: `klage/${klage.id}`, journalposttype: 'I', tittel: 'Klage på vedtak', offentligTittel: 'Klage på vedtak', dato: klage.mottattDato, korrespondansepart: person, beskrivelse: `Klagefrist ${klage.klagefrist}; ${klage.innenFrist ? 'innen fristen' : 'etter fristen'}.` };
      return { soknadId, xml: lagArkivmelding({ antallFiler: 0, registrering }), filer: [] };
    }
    const notat = await this.repo.hentNotat(tm, id);
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
    await this.repo.lagreSvar(tm, gjelder as Arkivgjelder, id, k.feil ? { status: 'feilet', feil: k.feil.slice(0, 500) } : { status: 'arkivert', systemId: k.mappe?.systemId ?? r?.systemId ?? null, journalpostnummer });
    if (k.feil) {
      this.logger.warn({ gjelder, id }, 'Arkivet avviste en arkivmelding');
      return;
    }
    if (gjelder === 'sak' && k.mappe) {
      const saksnummer = k.mappe.saksaar && k.mappe.sakssekvensnummer ? `${k.mappe.saksaar}/${k.mappe.sakssekvensnummer}` : null;
      await this.repo.lagreSaksmappe(tm, id, k.mappe.systemId, saksnummer);
    }
    if (gjelder === 'brev' && r) await this.repo.lagreJournalpost(tm, id, r.systemId, journalpostnummer);
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
