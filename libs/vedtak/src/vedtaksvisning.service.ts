import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/index.js';
import { BrevarkivService, type Brevfil } from '../../brevproduksjon/index.js';
import { DomeneFeil } from '../../domain/index.js';
import { Referansedata, type TenantManager, TenantTransaction } from '../../persistence/index.js';
import { VedtakRepository } from './vedtak.repository.js';

/** A decision as the caseworker reads it: its lines, its basis and its letters, and the letter's PDF. */
@Injectable()
export class VedtaksvisningService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly audit: AuditService,
    private readonly arkiv: BrevarkivService,
    private readonly referanse: Referansedata,
    private readonly repo: VedtakRepository,
  ) {}

  async hent(vedtakId: string) {
    return this.tx.run(async (tm) => {
      const v = await this.visning(tm, vedtakId);
      await this.audit.logg(tm, [{ handling: 'les', ressurs: 'vedtak', ressursId: vedtakId, personId: v.personId, soknadId: v.soknadId, kommunenummer: v.kommunenummer, formaal: 'saksbehandling' }]);
      return v;
    });
  }

  /** The decision's letter: its exact bytes; 409 while the decision is a draft or the letter is not rendered. */
  async brevPdf(vedtakId: string): Promise<Brevfil> {
    return this.tx.run(async (tm) => {
      const v = await this.repo.hent(tm, vedtakId);
      const brev = await this.repo.finnSisteBrev(tm, vedtakId);
      if (!brev) throw new DomeneFeil('INGEN_BREV', v.status === 'utkast' ? 'Vedtaket er et utkast som venter på godkjenning; brevet lages når det er godkjent.' : 'Vedtaket har ikke noe brev.', 409);
      return this.arkiv.fil(tm, brev);
    });
  }

  async visning(tm: TenantManager, vedtakId: string) {
    const v = await this.repo.hent(tm, vedtakId);
    const linjer = await this.repo.hentLinjer(tm, vedtakId);
    const brev = await this.repo.finnBrevoversikt(tm, vedtakId);
    return {
      id: v.id,
      soknadId: v.soknadId,
      personId: v.personId,
      kommunenummer: v.kommunenummer,
      status: v.status,
      versjon: v.versjon,
      vedtaksdato: v.vedtaksdato,
      paaVegneAv: `${(await this.referanse.kommune(tm, v.kommunenummer)).navn} kommune, ved Felles tildelingskontor Lofoten`,
      erstatterVedtakId: v.erstatterVedtakId,
      endring: v.endring,
      tjenesterIMellomtiden: v.tjenesterIMellomtiden,
      kriteriesett: { id: v.kriteriesettId, navn: v.kriteriesettNavn, versjon: v.kriteriesettVersjon },
      grunnlag: v.grunnlag,
      anbefaling: v.anbefaling,
      vurdering: v.vurdering,
      egenandel: v.egenandel,
      kreverGodkjenning: v.kreverGodkjenning,
      utkastAvNavn: v.utkastAvNavn,
      vedtattAvNavn: v.vedtattAvNavn,
      tjenester: linjer.map((l) => ({
        tjenestekode: l.tjenestekode,
        utfall: l.utfall,
        omfang: l.omfang === null ? null : Number(l.omfang),
        omfangsenhet: l.omfangsenhet,
        innhold: l.innhold,
        startdato: l.startdato,
        sluttdato: l.sluttdato,
        evalueringsdato: l.evalueringsdato,
        hjemmel: l.hjemmel,
        anbefaltUtfall: l.anbefaltUtfall,
        anbefaltOmfang: l.anbefaltOmfangMin === null ? null : { min: Number(l.anbefaltOmfangMin), max: Number(l.anbefaltOmfangMaks) },
        lokaltAvvik: l.lokaltAvvik,
        avviker: l.avviker,
        avvikRetning: l.avvikRetning,
        avvikKategori: l.avvikKategori,
        avvikBegrunnelse: l.avvikBegrunnelse,
        begrunnelse: l.begrunnelse,
      })),
      brev: brev.map((b) => ({ id: b.id, brevtype: b.brevtype, status: b.status, feil: b.feil, sha256: b.sha256, brevmalVersjon: b.brevmalVersjon, rendererVersjon: b.rendererVersjon, sendtDato: b.sendtDato, forsok: b.forsok })),
    };
  }
}
