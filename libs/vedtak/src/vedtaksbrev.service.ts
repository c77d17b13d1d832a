import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/index.js';
import { AuditService } from '../../audit/index.js';
import { type Brevbestilling, BrevbestillingService } from '../../brevproduksjon/index.js';
import { type Bistandsbehov, idagINorge, klagefrist, kriteriesettnavn, type Lovregel, type Maalform, type Saksstatus, strengesteKlageregel, type Utfall, utforOvergang } from '../../domain/index.js';
import { type Brevmalinnhold, brevSomTekst, type Brevtekst, BREVTEKSTER, kartlagteForhold, klageveierIBrev, omfangMedEnhet, somListe } from '../../letters/index.js';
import { type KartleggingEntity, Referansedata, RequestContext, type SoknadEntity, type SoktOm, type TenantManager, TenantTransaction, type VedtakEntity, type VedtakslinjeEntity } from '../../persistence/index.js';
import { AnbefalingRepository } from './anbefaling.repository.js';
import { VedtakRepository } from './vedtak.repository.js';
import { VedtaksgrunnlagService } from './vedtaksgrunnlag.service.js';
import { mellomtiden, TILDELER, vurderingstekst, type VedtakInput } from './vedtakskontroll.js';
import { vedtaksbrevtype } from './vedtaksregler.js';

export interface Vedtaksbrevforhandsvisning extends Brevtekst {
  brevtype: string;
  maalform: string;
  brevmalVersjon: number;
  merknad: string;
}

/** What the decision letter needs of a decision and its lines, stored or (for the preview) not yet. */
export type Vedtaksbrevgrunnlag = Pick<VedtakEntity, 'fakta' | 'kriteriesettNavn' | 'kriteriesettVersjon' | 'vurdering' | 'bistandsbehov' | 'egenandel' | 'tjenesterIMellomtiden' | 'endring'> & {
  kriteriesettGyldigFra: string | null;
  kriteriesettNavnNn: string | null;
};
type Brevlinje = Pick<VedtakslinjeEntity, 'tjenestekode' | 'utfall' | 'omfang' | 'omfangsenhet' | 'innhold' | 'startdato' | 'sluttdato' | 'evalueringsdato' | 'hjemmel' | 'begrunnelse'>;

/** The scope as the letter says it; a yes/no service that is granted is simply "tildelt". */
function omfangstekst(l: Brevlinje, m: Maalform): string | null {
  if (l.omfang === null) return TILDELER.includes(l.utfall as Utfall) ? BREVTEKSTER[m].tildelt : null;
  return omfangMedEnhet(Number(l.omfang), l.omfangsenhet, m);
}

/** What was applied for of a service, as the letter says it ("10 timer per uke, hver dag"); null when not known. */
function soktOmTekst(s: SoktOm | undefined, enhet: string, m: Maalform): string | null {
  if (!s) return null;
  const deler = [omfangMedEnhet(s.omfang, enhet, m), s.frekvens?.trim() || null].filter((x): x is string => !!x);
  return deler.length ? deler.join(', ') : null;
}

/**
 * The decision letter: its type and merge data, one function for the letter that is ordered when the decision
 * stands and for the preview before it, so the preview shows exactly what the letter will say.
 */
@Injectable()
export class VedtaksbrevService {
  constructor(
    private readonly tx: TenantTransaction,
    private readonly context: RequestContext,
    private readonly tilgang: Tilgang,
    private readonly audit: AuditService,
    private readonly brev: BrevbestillingService,
    private readonly referanse: Referansedata,
    private readonly grunnlag: VedtaksgrunnlagService,
    private readonly repo: VedtakRepository,
    private readonly kriterier: AnbefalingRepository,
  ) {}

  /**
   * The decision letter as it would be if the decision were made now with this input: validated like a
   * decision (field errors in place), merged with the published template, and nothing stored.
   */
  async forhandsvis(soknadId: string, input: VedtakInput): Promise<Vedtaksbrevforhandsvisning> {
    this.tilgang.krevRolle('saksbehandler');
    const dato = idagINorge();
    const { mal, data, kreverGodkjenning } = await this.tx.run(async (tm) => {
      const { soknad, sett, grunnlag, kartleggingId, anbefalinger, linjer, kreverGodkjenning, maalform } = await this.grunnlag.forbered(tm, soknadId, input, dato);
      // The same check the decision makes: a case that cannot be decided now gets no preview either.
      utforOvergang(soknad.status as Saksstatus, kreverGodkjenning ? 'utkast_vedtak' : 'fatt_vedtak', this.context.bruker.roller);
      const kartlegging = await this.repo.hentKartlegging(tm, kartleggingId);
      const grunnlagForBrev: Vedtaksbrevgrunnlag = {
        fakta: JSON.stringify({ innhentedeOpplysninger: input.innhentedeOpplysninger ?? [] }),
        kriteriesettNavn: sett.navn,
        kriteriesettVersjon: sett.versjon,
        vurdering: vurderingstekst(input, anbefalinger, maalform),
        bistandsbehov: grunnlag.bistandsbehov,
        egenandel: input.egenandel ?? null,
        tjenesterIMellomtiden: mellomtiden(input),
        endring: null,
        kriteriesettGyldigFra: sett.gyldigFra,
        kriteriesettNavnNn: sett.innhold.navnNn ?? null,
      };
      const brev = await this.brev.flett(tm, await this.bestilling(tm, soknad, grunnlagForBrev, linjer, kartlegging, dato));
      await this.audit.logg(tm, [{ handling: 'les', ressurs: 'soknad', ressursId: soknadId, personId: soknad.personId, soknadId, kommunenummer: soknad.kommunenummer, formaal: 'forhåndsvisning av vedtaksbrev' }]);
      return { ...brev, kreverGodkjenning };
    });
    return {
      brevtype: mal.brevtype,
      maalform: mal.maalform,
      brevmalVersjon: mal.versjon,
      ...brevSomTekst(mal.innhold as unknown as Brevmalinnhold, data),
      merknad: kreverGodkjenning
        ? 'Forhåndsvisning. Vedtaket krever godkjenning (fire øyne); brevet lages og sendes når det er godkjent.'
        : 'Forhåndsvisning. Brevet lages og sendes når vedtaket er fattet; datoen blir vedtaksdatoen.',
    };
  }

  /** The decision stands: its letter is ordered in the same transaction, citing the criteria it was made on. */
  async bestill(tm: TenantManager, soknad: SoknadEntity, vedtak: VedtakEntity, linjer: readonly Brevlinje[], kartlegging: KartleggingEntity, dato: string): Promise<void> {
    const sett = await this.kriterier.finnSett(tm, vedtak.kriteriesettId);
    const grunnlag: Vedtaksbrevgrunnlag = { ...vedtak, kriteriesettGyldigFra: sett?.gyldigFra ?? null, kriteriesettNavnNn: sett?.innhold.navnNn ?? null };
    await this.brev.bestill(tm, { ...(await this.bestilling(tm, soknad, grunnlag, linjer, kartlegging, dato)), vedtakId: vedtak.id });
  }

  /** The letter's type and merge data in either målform. */
  private async bestilling(tm: TenantManager, soknad: SoknadEntity, vedtak: Vedtaksbrevgrunnlag, linjer: readonly Brevlinje[], kartlegging: KartleggingEntity, dato: string): Promise<Brevbestilling> {
    const tjenester = await this.referanse.tjenester(tm);
    const kommune = await this.referanse.kommune(tm, soknad.kommunenummer);
    const tjeneste = (kode: string) => tjenester.find((t) => t.kode === kode);
    const tekster = (kode: string, m: Maalform) => tjeneste(kode)?.tekster[m];
    const navn = (kode: string, m: Maalform) => tekster(kode, m)?.navn ?? kode;
    const venteliste = linjer.some((l) => l.utfall === 'venteliste');
    const innhentet = (JSON.parse(vedtak.fakta) as { innhentedeOpplysninger?: string[] }).innhentedeOpplysninger ?? [];
    // The routes follow the regime of each decided service; a decision on two regimes states both.
    const regimer = linjer.map((l) => ({ kode: l.tjenestekode, rettsgrunnlag: tjeneste(l.tjenestekode)?.rettsgrunnlag ?? ('skjonn' as const) }));
    return {
      soknad,
      brevtype: vedtaksbrevtype(linjer.map((l) => l.utfall as Utfall)),
      dato,
      innhold: (m) => {
        const t = BREVTEKSTER[m];
        const behov = t.bistandsbehov[vedtak.bistandsbehov as Bistandsbehov];
        const regler = new Map<string, Lovregel>();
        for (const l of linjer) {
          const x = tekster(l.tjenestekode, m);
          if (!x) continue;
          regler.set(x.plikt.hjemmel, x.plikt);
          if (x.rett) regler.set(x.rett.hjemmel, x.rett);
        }
        return {
          vedtak: linjer.map((l) => ({
            tjeneste: navn(l.tjenestekode, m),
            utfall: l.utfall as Utfall,
            omfang: omfangstekst(l, m),
            innhold: l.innhold,
            startdato: l.startdato,
            sluttdato: l.sluttdato,
            evalueringsdato: l.evalueringsdato,
            hjemmel: tekster(l.tjenestekode, m)?.hjemmel ?? l.hjemmel,
            soktOm: soktOmTekst(soknad.soktOm.find((s) => s.tjenestekode === l.tjenestekode), l.omfangsenhet, m),
            // Printed once: a reason the assessment already gives word for word is not repeated under it.
            begrunnelse: (l.utfall === 'delvis_innvilget' || l.utfall === 'avslag') && l.begrunnelse && !vedtak.vurdering.includes(l.begrunnelse) ? l.begrunnelse : null,
          })),
          fakta: {
            kartleggingsdato: kartlegging.dato,
            kartleggingDeltakere: somListe(kartlegging.deltakere, m),
            kartlagt: kartlagteForhold({ ...kartlegging, utryggUtenHeldognstilbud: kartlegging.utryggUtenHeldognstilbud ?? false }, m),
            innhentedeOpplysninger: innhentet.map((beskrivelse) => ({ beskrivelse })),
            partensSyn: kartlegging.sokersSyn ?? soknad.fritekst ?? t.ingenUttalelse,
          },
          regler: [...regler.values()],
          kriterier: { navn: kriteriesettnavn({ navn: vedtak.kriteriesettNavn, navnNn: vedtak.kriteriesettNavnNn ?? undefined }, m), versjon: String(vedtak.kriteriesettVersjon), gyldigFra: vedtak.kriteriesettGyldigFra },
          vurdering: behov ? `${vedtak.vurdering}\n\n${t.bistandsbehovSetning(behov.navn, behov.forklaring)}` : vedtak.vurdering,
          egenandel: vedtak.egenandel,
          endring: vedtak.endring,
          klagefrist: klagefrist(dato, { dager: strengesteKlageregel(regimer.map((x) => x.rettsgrunnlag)).fristDager }),
          klageveier: klageveierIBrev(regimer.map((x) => ({ navn: navn(x.kode, m), rettsgrunnlag: x.rettsgrunnlag })), kommune.klageorgan, dato, m),
          ...(venteliste
            ? {
                venteliste: { forskrift: kommune.langtidsforskrift, forskriftsdato: kommune.langtidsforskriftDato, registrertDato: dato, nyVurderingDato: null },
                tjenesterIMellomtiden: [
                  ...linjer.filter((l) => TILDELER.includes(l.utfall as Utfall)).map((l) => ({ tjeneste: navn(l.tjenestekode, m), omfang: omfangstekst(l, m) ?? t.etterBehov })),
                  ...vedtak.tjenesterIMellomtiden,
                ],
              }
            : {}),
        };
      },
    };
  }
}
