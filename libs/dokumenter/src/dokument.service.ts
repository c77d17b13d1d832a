import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/src/tilgang.js';
import { AuditService } from '../../audit/src/audit.service.js';
import { DokumentEntity, type Dokumenttype } from '../../persistence/src/entities/dokument.entity.js';
import { SoknadEntity } from '../../persistence/src/entities/soknad.entity.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { TenantTransaction, type TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { DokumentRepository } from './dokument.repository.js';
import { kontrollerDokument, type Dokumentinput, type KontrollertDokument } from './dokumentkontroll.js';

/** A document as listed on the case and the person overview: what it is, never its bytes. */
export interface DokumentVisning {
  id: string;
  soknadId: string;
  retning: 'inngaaende';
  kilde: 'saksbehandler' | 'innbygger';
  tittel: string;
  filnavn: string;
  innholdstype: Dokumenttype;
  storrelse: number;
  sha256: string;
  opprettetAvNavn: string;
  opprettet: string;
}

export interface Dokumentfil {
  innhold: Buffer;
  innholdstype: Dokumenttype;
  sha256: string;
  filnavn: string;
}

const ENDELSE: Record<Dokumenttype, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/** Incoming documents of a case: uploaded by a caseworker or attached on the citizens' form; each read and write access-logged. */
@Injectable()
export class DokumentService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly context: RequestContext,
    private readonly tilgang: Tilgang,
    private readonly audit: AuditService,
    private readonly rader: DokumentRepository,
  ) {}

  /** A caseworker's upload (a scanned paper application, a medical statement), checked before the transaction. */
  async lastOpp(soknadId: string, input: Dokumentinput): Promise<DokumentVisning> {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    const dokument = kontrollerDokument(input);
    return this.tx.run(async (tm) => {
      const soknad = await this.tilgang.hent(tm, SoknadEntity, soknadId, 'søknaden');
      const [lagret] = await this.registrer(tm, soknad, [dokument], 'saksbehandler');
      return lagret!;
    });
  }

  /** Registers checked documents as incoming documents of the case, in the caller's transaction. */
  async registrer(tm: TenantManager, soknad: SoknadEntity, dokumenter: readonly KontrollertDokument[], kilde: DokumentEntity['kilde']): Promise<DokumentVisning[]> {
    if (!dokumenter.length) return [];
    const bruker = this.context.bruker;
    const lagret = await this.rader.leggTil(
      tm,
      dokumenter.map((d) => ({
        kommunenummer: soknad.kommunenummer,
        soknadId: soknad.id,
        personId: soknad.personId,
        retning: 'inngaaende',
        kilde,
        tittel: d.tittel,
        filnavn: d.filnavn,
        innholdstype: d.innholdstype,
        storrelse: d.innhold.length,
        sha256: d.sha256,
        innhold: d.innhold,
        opprettetAv: bruker.id,
        opprettetAvNavn: bruker.navn,
      })),
    );
    await this.audit.logg(
      tm,
      lagret.map((d) => ({ handling: 'opprett' as const, ressurs: 'dokument', ressursId: d.id, personId: d.personId, soknadId: d.soknadId, kommunenummer: d.kommunenummer, formaal: 'registrering av inngående dokument' })),
    );
    return lagret.map(visning);
  }

  /** The documents of some cases, oldest first, without their bytes. */
  async forSoknader(tm: TenantManager, soknadIder: readonly string[]): Promise<DokumentVisning[]> {
    if (!soknadIder.length) return [];
    return (await this.rader.forSoknader(tm, soknadIder)).map(visning);
  }

  async liste(soknadId: string): Promise<DokumentVisning[]> {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    return this.tx.run(async (tm) => {
      const soknad = await this.tilgang.hent(tm, SoknadEntity, soknadId, 'søknaden');
      const dokumenter = await this.forSoknader(tm, [soknad.id]);
      await this.audit.logg(tm, [{ handling: 'les', ressurs: 'dokumentliste', ressursId: soknad.id, personId: soknad.personId, soknadId: soknad.id, kommunenummer: soknad.kommunenummer, formaal: 'saksbehandling' }]);
      return dokumenter;
    });
  }

  /** The exact bytes that were uploaded, with their checksum. */
  async fil(id: string): Promise<Dokumentfil> {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    return this.tx.run(async (tm) => {
      const d = await this.tilgang.hent(tm, DokumentEntity, id, 'dokumentet');
      const innhold = await this.rader.innhold(tm, id);
      await this.audit.logg(tm, [{ handling: 'les', ressurs: 'dokument', ressursId: d.id, personId: d.personId, soknadId: d.soknadId, kommunenummer: d.kommunenummer, formaal: 'saksbehandling' }]);
      // The file name is made from the id: the sender's name for the file may hold personal data.
      return { innhold, innholdstype: d.innholdstype, sha256: d.sha256, filnavn: `dokument-${d.id}.${ENDELSE[d.innholdstype]}` };
    });
  }
}

function visning(d: DokumentEntity): DokumentVisning {
  return {
    id: d.id,
    soknadId: d.soknadId,
    retning: d.retning,
    kilde: d.kilde,
    tittel: d.tittel,
    filnavn: d.filnavn,
    innholdstype: d.innholdstype,
    storrelse: d.storrelse,
    sha256: d.sha256,
    opprettetAvNavn: d.opprettetAvNavn,
    opprettet: d.opprettet.toISOString(),
  };
}
