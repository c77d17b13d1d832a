import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/index.js';
import { AuditService } from '../../audit/index.js';
import { DomeneFeil, idagINorge } from '../../domain/index.js';
import { RequestContext, type SoknadEntity, type TenantManager, TenantTransaction, type VedtakEntity } from '../../persistence/index.js';
import { SaksflytService } from '../../saksbehandling/index.js';
import { LikebehandlingService } from './likebehandling.service.js';
import { VedtakRepository } from './vedtak.repository.js';
import { VedtaksbrevService } from './vedtaksbrev.service.js';
import { VedtaksgrunnlagService } from './vedtaksgrunnlag.service.js';
import { VedtaksvisningService } from './vedtaksvisning.service.js';
import { kontrollerEndring, mellomtiden, vurderingstekst, type VedtakInput } from './vedtakskontroll.js';
import { aldersgruppe } from './vedtaksregler.js';
import { VentelisteService } from './venteliste.service.js';

/**
 * Deciding (vedtak): checked against the criteria's recommendation, drafted for four-eyes approval where the
 * municipality requires it, and otherwise decided with the letter ordered in the same transaction.
 */
@Injectable()
export class VedtakService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly context: RequestContext,
    private readonly tilgang: Tilgang,
    private readonly audit: AuditService,
    private readonly saksflyt: SaksflytService,
    private readonly repo: VedtakRepository,
    private readonly grunnlag: VedtaksgrunnlagService,
    private readonly likebehandling: LikebehandlingService,
    private readonly vedtaksbrev: VedtaksbrevService,
    private readonly venteliste: VentelisteService,
    private readonly visning: VedtaksvisningService,
  ) {}

  async fatt(soknadId: string, input: VedtakInput) {
    this.tilgang.krevRolle('saksbehandler');
    const bruker = this.context.bruker;
    const dato = idagINorge();
    return this.tx.run(async (tm) => {
      const { soknad, sett, grunnlag, kartleggingId, anbefalinger, linjer, kreverGodkjenning, maalform } = await this.grunnlag.forbered(tm, soknadId, input, dato);
      let erstatter: VedtakEntity | null = null;
      if (input.erstatterVedtakId) {
        erstatter = await this.repo.hent(tm, input.erstatterVedtakId, 'vedtaket som endres');
        if (erstatter.soknadId !== soknadId || erstatter.status !== 'vedtatt') {
          throw new DomeneFeil('UGYLDIG_ERSTATNING', 'Et nytt vedtak kan bare erstatte et fattet vedtak i samme sak.', 409);
        }
        kontrollerEndring(soknad.forhandsvarsel, erstatter, await this.repo.hentLinjer(tm, erstatter.id), input, linjer, dato);
      }
      const oppdatert = await this.saksflyt.overgang(tm, soknad, kreverGodkjenning ? 'utkast_vedtak' : 'fatt_vedtak', {
        versjon: input.versjon,
        endringer: kreverGodkjenning ? {} : { vedtattDato: dato },
      });
      const vedtak = await this.repo.opprett(tm, {
        kommunenummer: soknad.kommunenummer,
        soknadId,
        personId: soknad.personId,
        status: kreverGodkjenning ? 'utkast' : 'vedtatt',
        erstatterVedtakId: erstatter?.id ?? null,
        kriteriesettId: sett.id,
        kriteriesettVersjon: sett.versjon,
        kriteriesettNavn: sett.navn,
        kartleggingId,
        grunnlag: grunnlag as unknown as Record<string, unknown>,
        anbefaling: anbefalinger as unknown as Record<string, unknown>[],
        fakta: JSON.stringify({ innhentedeOpplysninger: input.innhentedeOpplysninger ?? [] }),
        vurdering: vurderingstekst(input, anbefalinger, maalform),
        egenandel: input.egenandel ?? null,
        tjenesterIMellomtiden: mellomtiden(input),
        endring: erstatter ? { tidligereVedtaksdato: erstatter.vedtaksdato, virkningsdato: input.virkningsdato! } : null,
        vedtaksdato: dato,
        bistandsbehov: grunnlag.bistandsbehov,
        aldersgruppe: aldersgruppe(grunnlag.alder),
        borAlene: grunnlag.borAlene,
        kreverGodkjenning,
        utkastAv: bruker.id,
        utkastAvNavn: bruker.navn,
        vedtattAv: kreverGodkjenning ? null : bruker.id,
        vedtattAvNavn: kreverGodkjenning ? null : bruker.navn,
        vedtattTid: kreverGodkjenning ? null : new Date(),
      });
      await this.repo.leggTilLinjer(tm, linjer.map((l) => ({ ...l, vedtakId: vedtak.id, kommunenummer: soknad.kommunenummer })));
      const signal = await this.likebehandling.signal(tm, vedtak, linjer);
      if (!kreverGodkjenning) await this.iverksett(tm, oppdatert, vedtak, dato);
      await this.audit.logg(tm, [
        { handling: 'opprett', ressurs: 'vedtak', ressursId: vedtak.id, personId: soknad.personId, soknadId, kommunenummer: soknad.kommunenummer, formaal: kreverGodkjenning ? 'vedtaksutkast' : 'vedtak' },
      ]);
      return { ...(await this.visning.visning(tm, vedtak.id)), likebehandling: signal, soknadVersjon: oppdatert.versjon };
    });
  }

  /**
   * Four-eyes: another caseworker or a leader approves the draft; the author may not (403). `versjon`, when
   * given, is the decision's version the approver saw: a decision changed since is not approved.
   */
  async godkjenn(vedtakId: string, versjon?: number) {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    const bruker = this.context.bruker;
    const dato = idagINorge();
    return this.tx.run(async (tm) => {
      const vedtak = await this.repo.hent(tm, vedtakId);
      if (vedtak.utkastAv === bruker.id) {
        throw new DomeneFeil('SAMME_SAKSBEHANDLER', 'Du skrev selv vedtaksutkastet og kan derfor ikke godkjenne det. En annen saksbehandler eller leder må godkjenne.', 403);
      }
      if (versjon !== undefined && versjon !== vedtak.versjon) throw new DomeneFeil('UTDATERT_VERSJON', `Vedtaket er endret siden du så det (nå versjon ${vedtak.versjon}). Last det på nytt.`, 409);
      if (vedtak.status !== 'utkast') throw new DomeneFeil('IKKE_UTKAST', 'Vedtaket er allerede fattet og kan ikke godkjennes på nytt.', 409);
      const soknad = await this.repo.hentSoknad(tm, vedtak.soknadId);
      const oppdatert = await this.saksflyt.overgang(tm, soknad, 'godkjenn_vedtak', { endringer: { vedtattDato: dato }, kommentar: `Godkjent av ${bruker.navn}` });
      const fattet = await this.repo.markerVedtatt(tm, vedtakId, bruker, dato);
      await this.iverksett(tm, oppdatert, fattet, dato);
      await this.audit.logg(tm, [{ handling: 'endre', ressurs: 'vedtak', ressursId: vedtakId, personId: vedtak.personId, soknadId: vedtak.soknadId, kommunenummer: vedtak.kommunenummer, formaal: 'godkjenning', endringer: { status: { fra: 'utkast', til: 'vedtatt' } } }]);
      return { ...(await this.visning.visning(tm, vedtakId)), soknadVersjon: oppdatert.versjon };
    });
  }

  /** The decision stands: place long-term care on the waiting list by need, and order its letter. */
  private async iverksett(tm: TenantManager, soknad: SoknadEntity, vedtak: VedtakEntity, dato: string): Promise<void> {
    const linjer = await this.repo.hentLinjer(tm, vedtak.id);
    const kartlegging = await this.repo.hentKartlegging(tm, vedtak.kartleggingId);
    await this.venteliste.plasser(tm, soknad, vedtak.id, linjer, kartlegging, dato);
    await this.vedtaksbrev.bestill(tm, soknad, vedtak, linjer, kartlegging, dato);
  }
}
