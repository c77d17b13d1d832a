import { Injectable } from '@nestjs/common';
import { Tilgang } from '../../access/src/tilgang.js';
import { AuditService } from '../../audit/src/audit.service.js';
import { BrevarkivService, type Brevfil } from '../../brevproduksjon/src/brevarkiv.service.js';
import { BrevbestillingService, type Brevbestilling } from '../../brevproduksjon/src/brevbestilling.service.js';
import { DomeneFeil, type Maalform, type Utfall } from '../../domain/src/felles/typer.js';
import { klagefrist } from '../../domain/src/frister/frister.js';
import type { Bistandsbehov } from '../../domain/src/kartlegging/iplos.js';
import { strengesteKlageregel, type Lovregel } from '../../domain/src/tjenester/rettsgrunnlag.js';
import { BREVTEKSTER, kartlagteForhold, klageveierIBrev, omfangMedEnhet, somListe } from '../../letters/src/brevtekster.js';
import { KriteriesettEntity } from '../../persistence/src/entities/kriteriesett.entity.js';
import type { Anbefaling } from '../../domain/src/kriterier/typer.js';
import { begrunnelsestekst, kriteriesettnavn } from '../../domain/src/kriterier/evaluering.js';
import { BrevEntity } from '../../persistence/src/entities/brev.entity.js';
import { KartleggingEntity } from '../../persistence/src/entities/kartlegging.entity.js';
import { VentelisteEntity } from '../../persistence/src/entities/klage.entity.js';
import { SoknadEntity, type SoktOm } from '../../persistence/src/entities/soknad.entity.js';
import { TjenesteEntity } from '../../persistence/src/entities/tjeneste.entity.js';
import { VedtakEntity, VedtakslinjeEntity } from '../../persistence/src/entities/vedtak.entity.js';
import { Referansedata } from '../../persistence/src/referansedata.js';
import { RequestContext } from '../../persistence/src/tenant/request-context.js';
import { TenantTransaction, type TenantManager } from '../../persistence/src/tenant/tenant-transaction.js';
import { SaksflytService } from '../../saksbehandling/src/saksflyt.service.js';
import { utforOvergang, type Saksstatus } from '../../domain/src/saksflyt/saksflyt.js';
import type { Brevmalinnhold } from '../../letters/src/brevmal.js';
import { brevSomTekst, type Brevtekst } from '../../letters/src/renderer.js';
import { AnbefalingService } from './anbefaling.service.js';
import { aldersgruppe, avvikFraAnbefaling, reduserer, VARSEL_DAGER_REDUKSJON, vedtaksbrevtype } from './vedtaksregler.js';
import { idagINorge, leggTilDager } from '../../domain/src/frister/dato.js';

export interface VedtakslinjeInput {
  tjenestekode: string;
  utfall: Utfall;
  omfang?: number | null;
  innhold?: string | null;
  startdato?: string | null;
  sluttdato?: string | null;
  evalueringsdato?: string | null;
  avvikKategori?: string | null;
  avvikBegrunnelse?: string | null;
  /** Why the line is partly granted or refused; by default the deviation's reason or the criteria's. */
  begrunnelse?: string | null;
}

export interface VedtakInput {
  versjon: number;
  tjenester: VedtakslinjeInput[];
  vurdering?: string | null;
  innhentedeOpplysninger?: string[];
  egenandel?: string | null;
  erstatterVedtakId?: string | null;
  /** Waiting list: the services given while waiting (with the lines granted in the same decision, at least one). */
  tjenesterIMellomtiden?: { tjeneste: string; omfang: string }[];
  /** A change or stop (with `erstatterVedtakId`): the day it takes effect; after advance notice when it reduces. */
  virkningsdato?: string | null;
}

export interface Vedtaksbrevforhandsvisning extends Brevtekst {
  brevtype: string;
  maalform: string;
  brevmalVersjon: number;
  merknad: string;
}

export interface Likebehandlingssignal {
  tjenestekode: string;
  omfang: number;
  sammenlignbare: number;
  p10: number;
  median: number;
  p90: number;
  melding: string;
}

const fmt = (n: number) => String(n).replace('.', ',');

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

/** What the decision letter needs of a decision and its lines, stored or (for the preview) not yet. */
type Vedtaksbrevgrunnlag = Pick<VedtakEntity, 'fakta' | 'kriteriesettNavn' | 'kriteriesettVersjon' | 'vurdering' | 'bistandsbehov' | 'egenandel' | 'tjenesterIMellomtiden' | 'endring'> & { kriteriesettGyldigFra: string | null; kriteriesettNavnNn: string | null };
type Brevlinje = Pick<VedtakslinjeEntity, 'tjenestekode' | 'utfall' | 'omfang' | 'omfangsenhet' | 'innhold' | 'startdato' | 'sluttdato' | 'evalueringsdato' | 'hjemmel' | 'begrunnelse'>;

/** The caseworker's assessment, or by default the criteria's reasons in the letter's målform, one paragraph per service. */
const vurderingstekst = (input: VedtakInput, anbefalinger: Anbefaling[], m: Maalform): string =>
  input.vurdering?.trim() || anbefalinger.map((a) => begrunnelsestekst(a, m)).join('\n\n');

/** The services given while waiting, as the caseworker wrote them (blank entries dropped). */
const mellomtiden = (input: VedtakInput) =>
  (input.tjenesterIMellomtiden ?? []).map((t) => ({ tjeneste: t.tjeneste.trim(), omfang: t.omfang.trim() })).filter((t) => t.tjeneste && t.omfang);

/** Outcomes that grant something and therefore need a scope, a start and an end or evaluation date. */
const TILDELER: Utfall[] = ['innvilget', 'delvis_innvilget'];

/**
 * Decisions (vedtak): checked against the criteria's recommendation, drafted for four-eyes approval where the
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
    private readonly anbefaling: AnbefalingService,
    private readonly brev: BrevbestillingService,
    private readonly arkiv: BrevarkivService,
    private readonly referanse: Referansedata,
  ) {}

  async fatt(soknadId: string, input: VedtakInput) {
    this.tilgang.krevRolle('saksbehandler');
    const bruker = this.context.bruker;
    const dato = idagINorge();
    return this.tx.run(async (tm) => {
      const { soknad, sett, grunnlag, kartleggingId, anbefalinger, linjer, kreverGodkjenning, maalform } = await this.forbered(tm, soknadId, input, dato);
      let erstatter: VedtakEntity | null = null;
      if (input.erstatterVedtakId) {
        erstatter = await this.tilgang.hent(tm, VedtakEntity, input.erstatterVedtakId, 'vedtaket som endres');
        if (erstatter.soknadId !== soknadId || erstatter.status !== 'vedtatt') {
          throw new DomeneFeil('UGYLDIG_ERSTATNING', 'Et nytt vedtak kan bare erstatte et fattet vedtak i samme sak.', 409);
        }
        await this.kontrollerEndring(tm, soknad, erstatter, input, linjer, dato);
      }
      const oppdatert = await this.saksflyt.overgang(tm, soknad, kreverGodkjenning ? 'utkast_vedtak' : 'fatt_vedtak', {
        versjon: input.versjon,
        endringer: kreverGodkjenning ? {} : { vedtattDato: dato },
      });
      const vurdering = vurderingstekst(input, anbefalinger, maalform);
      const vedtak = await tm.save(
        tm.create(VedtakEntity, {
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
          vurdering,
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
        }),
      );
      await tm.insert(VedtakslinjeEntity, linjer.map((l) => ({ ...l, vedtakId: vedtak.id, kommunenummer: soknad.kommunenummer })));
      const signal = await this.likebehandling(tm, vedtak, linjer);
      if (!kreverGodkjenning) await this.iverksettVedtak(tm, oppdatert, vedtak, dato);
      await this.audit.logg(tm, [
        { handling: 'opprett', ressurs: 'vedtak', ressursId: vedtak.id, personId: soknad.personId, soknadId, kommunenummer: soknad.kommunenummer, formaal: kreverGodkjenning ? 'vedtaksutkast' : 'vedtak' },
      ]);
      return { ...(await this.visning(tm, vedtak.id)), likebehandling: signal, soknadVersjon: oppdatert.versjon };
    });
  }

  /**
   * What a decision and its preview both start from: the case, the criteria's recommendation on the latest
   * assessment, the lines checked against it (field errors), and whether four-eyes approval applies.
   */
  private async forbered(tm: TenantManager, soknadId: string, input: VedtakInput, dato: string) {
    const soknad = await this.tilgang.hent(tm, SoknadEntity, soknadId, 'søknaden');
    const kommune = await this.referanse.kommune(tm, soknad.kommunenummer);
    const beregnet = await this.anbefaling.beregn(tm, soknad, dato);
    // Default texts from the criteria are stored in the målform the letter will have.
    const maalform = await this.brev.maalform(tm, soknad);
    const linjer = this.kontrollerLinjer(input, soknad, beregnet.anbefalinger, await this.referanse.tjenester(tm), maalform);
    const kreverGodkjenning = input.tjenester.some((t) => kommune.fireOyneTjenester.includes(t.tjenestekode));
    return { soknad, ...beregnet, linjer, kreverGodkjenning, maalform };
  }

  /**
   * A change or stop of a running decision: it needs the day it takes effect, and when it gives less than before
   * (reduced or stopped against the person's wish) an advance notice whose deadline to comment has passed, and that
   * day lies at least {@link VARSEL_DAGER_REDUKSJON} days ahead. A service that ends because the person died or
   * moved needs no decision: the case's `avslutt` step with `opphorsgrunn` ends it, with a journal note.
   */
  private async kontrollerEndring(tm: TenantManager, soknad: SoknadEntity, gammel: VedtakEntity, input: VedtakInput, linjer: { tjenestekode: string; utfall: string; omfang: string | null }[], dato: string) {
    const tall = (l: { tjenestekode: string; utfall: string; omfang: string | null }) => ({ ...l, omfang: l.omfang === null ? null : Number(l.omfang) });
    const gamle = (await tm.find(VedtakslinjeEntity, { where: { vedtakId: gammel.id } })).map(tall);
    const mindre = reduserer(gamle, linjer.map(tall));
    // fvl. § 16: the person was told in advance and the deadline to comment has passed before the decision.
    const varsel = soknad.forhandsvarsel;
    if (mindre && (varsel?.vedtakId !== gammel.id || varsel.uttalelsesfrist >= dato)) {
      throw new DomeneFeil('UGYLDIG_VEDTAK', 'Vedtaket har ugyldige felt.', 400, [
        {
          field: 'forhandsvarsel',
          message:
            varsel?.vedtakId === gammel.id
              ? `Fristen for å uttale seg til forhåndsvarselet er ${varsel.uttalelsesfrist}. Vedtaket kan fattes etter den.`
              : `Vedtaket gir mindre enn vedtaket av ${gammel.vedtaksdato}. Send forhåndsvarsel (forvaltningsloven § 16) med en frist for å uttale seg før vedtaket fattes.`,
        },
      ]);
    }
    const tidligst = mindre ? leggTilDager(dato, VARSEL_DAGER_REDUKSJON) : dato;
    if (!input.virkningsdato || input.virkningsdato < tidligst) {
      throw new DomeneFeil('UGYLDIG_VEDTAK', 'Vedtaket har ugyldige felt.', 400, [
        {
          field: 'virkningsdato',
          message:
            tidligst === dato
              ? 'Oppgi fra hvilken dag endringen gjelder (i dag eller senere).'
              : `Vedtaket gir mindre enn vedtaket av ${gammel.vedtaksdato}. Endringen kan tidligst gjelde fra ${tidligst}, slik at søkeren får varsel og kan klage og be om utsatt iverksetting.`,
        },
      ]);
    }
  }

  /** Four-eyes: another caseworker or a leader approves the draft; the author may not (403). */
  /** `versjon`, when given, is the decision's version the approver saw: a decision changed since is not approved. */
  async godkjenn(vedtakId: string, versjon?: number) {
    this.tilgang.krevRolle('saksbehandler', 'leder');
    const bruker = this.context.bruker;
    const dato = idagINorge();
    return this.tx.run(async (tm) => {
      const vedtak = await this.tilgang.hent(tm, VedtakEntity, vedtakId, 'vedtaket');
      if (vedtak.utkastAv === bruker.id) {
        throw new DomeneFeil('SAMME_SAKSBEHANDLER', 'Du skrev selv vedtaksutkastet og kan derfor ikke godkjenne det. En annen saksbehandler eller leder må godkjenne.', 403);
      }
      if (versjon !== undefined && versjon !== vedtak.versjon) throw new DomeneFeil('UTDATERT_VERSJON', `Vedtaket er endret siden du så det (nå versjon ${vedtak.versjon}). Last det på nytt.`, 409);
      if (vedtak.status !== 'utkast') throw new DomeneFeil('IKKE_UTKAST', 'Vedtaket er allerede fattet og kan ikke godkjennes på nytt.', 409);
      const soknad = await tm.findOneByOrFail(SoknadEntity, { id: vedtak.soknadId });
      const oppdatert = await this.saksflyt.overgang(tm, soknad, 'godkjenn_vedtak', { endringer: { vedtattDato: dato }, kommentar: `Godkjent av ${bruker.navn}` });
      await tm.update(VedtakEntity, { id: vedtakId }, { status: 'vedtatt', vedtattAv: bruker.id, vedtattAvNavn: bruker.navn, vedtattTid: new Date(), vedtaksdato: dato });
      const fattet = await tm.findOneByOrFail(VedtakEntity, { id: vedtakId });
      await this.iverksettVedtak(tm, oppdatert, fattet, dato);
      await this.audit.logg(tm, [{ handling: 'endre', ressurs: 'vedtak', ressursId: vedtakId, personId: vedtak.personId, soknadId: vedtak.soknadId, kommunenummer: vedtak.kommunenummer, formaal: 'godkjenning', endringer: { status: { fra: 'utkast', til: 'vedtatt' } } }]);
      return { ...(await this.visning(tm, vedtakId)), soknadVersjon: oppdatert.versjon };
    });
  }

  /**
   * The decision letter as it would be if the decision were made now with this input: validated like a
   * decision (field errors in place), merged with the published template, and nothing stored.
   */
  async forhandsvisBrev(soknadId: string, input: VedtakInput): Promise<Vedtaksbrevforhandsvisning> {
    this.tilgang.krevRolle('saksbehandler');
    const dato = idagINorge();
    const { mal, data, kreverGodkjenning } = await this.tx.run(async (tm) => {
      const { soknad, sett, grunnlag, kartleggingId, anbefalinger, linjer, kreverGodkjenning, maalform } = await this.forbered(tm, soknadId, input, dato);
      // The same check the decision makes: a case that cannot be decided now gets no preview either.
      utforOvergang(soknad.status as Saksstatus, kreverGodkjenning ? 'utkast_vedtak' : 'fatt_vedtak', this.context.bruker.roller);
      const kartlegging = await tm.findOneByOrFail(KartleggingEntity, { id: kartleggingId });
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
      const brev = await this.brev.flett(tm, await this.vedtaksbrev(tm, soknad, grunnlagForBrev, linjer, kartlegging, dato));
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

  /** The decision stands: order its letter, and place long-term care on the waiting list by need. */
  private async iverksettVedtak(tm: TenantManager, soknad: SoknadEntity, vedtak: VedtakEntity, dato: string): Promise<void> {
    const linjer = await tm.find(VedtakslinjeEntity, { where: { vedtakId: vedtak.id } });
    const kartlegging = await tm.findOneByOrFail(KartleggingEntity, { id: vedtak.kartleggingId });
    for (const l of linjer.filter((x) => x.utfall === 'venteliste')) {
      await tm.insert(VentelisteEntity, {
        kommunenummer: soknad.kommunenummer,
        soknadId: soknad.id,
        vedtakId: vedtak.id,
        personId: soknad.personId,
        tjenestekode: l.tjenestekode,
        behovsskaar: String(behovsskaar(kartlegging)),
        oppfortDato: dato,
        status: 'venter',
      });
    }
    const sett = await tm.findOneBy(KriteriesettEntity, { id: vedtak.kriteriesettId });
    const grunnlag: Vedtaksbrevgrunnlag = { ...vedtak, kriteriesettGyldigFra: sett?.gyldigFra ?? null, kriteriesettNavnNn: sett?.innhold.navnNn ?? null };
    await this.brev.bestill(tm, { ...(await this.vedtaksbrev(tm, soknad, grunnlag, linjer, kartlegging, dato)), vedtakId: vedtak.id });
  }

  /**
   * The decision letter's type and merge data. One function for the letter that is sent and for the preview
   * before the decision, so the preview shows exactly what the letter will say.
   */
  private async vedtaksbrev(tm: TenantManager, soknad: SoknadEntity, vedtak: Vedtaksbrevgrunnlag, linjer: readonly Brevlinje[], kartlegging: KartleggingEntity, dato: string): Promise<Brevbestilling> {
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

  private kontrollerLinjer(input: VedtakInput, soknad: SoknadEntity, anbefalinger: Anbefaling[], tjenester: readonly TjenesteEntity[], maalform: Maalform) {
    const feil: { field: string; message: string }[] = [];
    const sett = new Set<string>();
    const linjer = input.tjenester.map((t, i) => {
      const f = (felt: string, message: string) => feil.push({ field: `tjenester[${i}].${felt}`, message });
      const tjeneste = tjenester.find((x) => x.kode === t.tjenestekode);
      const anbefalt = anbefalinger.find((a) => a.tjenestekode === t.tjenestekode);
      if (!soknad.tjenester.includes(t.tjenestekode) || !tjeneste || !anbefalt) f('tjenestekode', 'Søknaden gjelder ikke denne tjenesten.');
      if (sett.has(t.tjenestekode)) f('tjenestekode', 'Tjenesten står to ganger i vedtaket.');
      sett.add(t.tjenestekode);
      const omfang = t.omfang ?? null;
      if (TILDELER.includes(t.utfall)) {
        if (tjeneste && tjeneste.omfangsenhet !== 'ja_nei' && omfang === null) f('omfang', 'Omfang må oppgis når tjenesten innvilges.');
        if (!t.startdato) f('startdato', 'Startdato må oppgis når tjenesten innvilges.');
        if (!t.sluttdato && !t.evalueringsdato) f('evalueringsdato', 'Oppgi sluttdato eller evalueringsdato: et vedtak «inntil videre» skal ha en planlagt evaluering.');
      }
      if (tjeneste?.omfangsenhet === 'timer_per_uke' && omfang !== null && omfang > 168) f('omfang', 'En uke har 168 timer.');
      if (t.utfall === 'venteliste' && t.tjenestekode !== 'langtidsopphold') f('utfall', 'Venteliste brukes bare for langtidsopphold.');
      const avvik = anbefalt ? avvikFraAnbefaling(anbefalt, t.utfall, omfang) : { avviker: false, retning: null };
      if (avvik.avviker && !t.avvikBegrunnelse?.trim()) {
        f('avvikBegrunnelse', `Vedtaket avviker fra kriterienes anbefaling (${anbefalt!.utfall!.replace('_', ' ')}${anbefalt!.omfang ? `, ${fmt(anbefalt!.omfang.min)}–${fmt(anbefalt!.omfang.max)}` : ''}). Skriv en begrunnelse for avviket.`);
      }
      // fvl. §§ 24–25: a line that does not give what was asked for says why; the letter prints it.
      const ikkeFullt = t.utfall === 'delvis_innvilget' || t.utfall === 'avslag';
      const begrunnelse = ikkeFullt
        ? t.begrunnelse?.trim() || (avvik.avviker ? t.avvikBegrunnelse?.trim() : anbefalt && begrunnelsestekst(anbefalt, maalform).trim()) || null
        : null;
      if (ikkeFullt && !begrunnelse) f('begrunnelse', 'Skriv hvorfor tjenesten er delvis innvilget eller avslått. Begrunnelsen står i vedtaksbrevet under «Vurdering og begrunnelse».');
      return {
        tjenestekode: t.tjenestekode,
        utfall: t.utfall,
        omfang: omfang === null ? null : String(omfang),
        omfangsenhet: tjeneste?.omfangsenhet ?? 'ja_nei',
        innhold: t.innhold ?? null,
        startdato: t.startdato ?? null,
        sluttdato: t.sluttdato ?? null,
        evalueringsdato: t.evalueringsdato ?? null,
        hjemmel: tjeneste?.hjemmel ?? '',
        // The discretionary path recommends nothing: the decided outcome is recorded, with no deviation.
        anbefaltUtfall: anbefalt ? (anbefalt.utfall ?? t.utfall) : 'avslag',
        anbefaltOmfangMin: anbefalt?.omfang ? String(anbefalt.omfang.min) : null,
        anbefaltOmfangMaks: anbefalt?.omfang ? String(anbefalt.omfang.max) : null,
        anbefaltRegelId: anbefalt?.regelId ?? '',
        lokaltAvvik: anbefalt?.lokaltAvvik ?? false,
        avviker: avvik.avviker,
        avvikRetning: avvik.retning,
        avvikKategori: avvik.avviker ? (t.avvikKategori ?? 'annet') : null,
        avvikBegrunnelse: avvik.avviker ? (t.avvikBegrunnelse?.trim() ?? null) : null,
        begrunnelse,
      };
    });
    if (!vurderingstekst(input, anbefalinger, maalform).trim()) {
      feil.push({ field: 'vurdering', message: 'Skriv vurderingen: kriteriene dekker ikke denne tjenesten, så begrunnelsen må komme fra deg.' });
    }
    if (!(input.innhentedeOpplysninger ?? []).some((o) => o.trim())) {
      feil.push({ field: 'innhentedeOpplysninger', message: 'Skriv hvilke opplysninger vedtaket bygger på (for eksempel hjemmebesøk, samtale med pårørende, uttalelse fra fastlegen). De står i vedtaksbrevet.' });
    }
    const venteliste = input.tjenester.some((t) => t.utfall === 'venteliste');
    const tildeltSamtidig = input.tjenester.some((t) => TILDELER.includes(t.utfall));
    if (venteliste && !tildeltSamtidig && mellomtiden(input).length === 0) {
      feil.push({ field: 'tjenesterIMellomtiden', message: 'Et vedtak om venteliste må si hvilke tjenester søkeren får mens hun eller han venter.' });
    }
    if (feil.length) throw new DomeneFeil('UGYLDIG_VEDTAK', 'Vedtaket har ugyldige felt.', 400, feil);
    return linjer;
  }

  /**
   * Decision-time equal-treatment signal: the scope compared with what comparable decided cases in the other
   * municipalities received (same service, need group and age band; a municipality is not compared with its
   * own practice). Only aggregates cross municipal lines, via a database function that returns counts and
   * percentiles, never rows.
   */
  private async likebehandling(tm: TenantManager, vedtak: VedtakEntity, linjer: { tjenestekode: string; omfang: string | null; utfall: string }[]): Promise<Likebehandlingssignal[]> {
    const ut: Likebehandlingssignal[] = [];
    for (const l of linjer) {
      if (l.omfang === null || !TILDELER.includes(l.utfall as Utfall)) continue;
      const [r] = await tm.query(`SELECT * FROM likebehandling_omfang($1, $2, $3, $4, $5)`, [l.tjenestekode, vedtak.bistandsbehov, vedtak.aldersgruppe, vedtak.id, vedtak.kommunenummer]);
      const n = Number(r?.n ?? 0);
      if (n < 5) continue;
      const omfang = Number(l.omfang);
      const [p10, median, p90] = [Number(r.p10), Number(r.median), Number(r.p90)];
      if (omfang < p10 || omfang > p90) {
        ut.push({
          tjenestekode: l.tjenestekode,
          omfang,
          sammenlignbare: n,
          p10,
          median,
          p90,
          melding: `Omfanget (${fmt(omfang)}) ligger ${omfang > p90 ? 'over' : 'under'} det som er vanlig for sammenlignbare saker i de andre kommunene i kontoret (${n} vedtak med samme tjeneste, bistandsbehov og aldersgruppe: 80 % fikk mellom ${fmt(p10)} og ${fmt(p90)}, median ${fmt(median)}).`,
        });
      }
    }
    return ut;
  }

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
      const v = await this.tilgang.hent(tm, VedtakEntity, vedtakId, 'vedtaket');
      const brev = await tm.findOne(BrevEntity, { where: { vedtakId }, order: { opprettet: 'DESC' } });
      if (!brev) throw new DomeneFeil('INGEN_BREV', v.status === 'utkast' ? 'Vedtaket er et utkast som venter på godkjenning; brevet lages når det er godkjent.' : 'Vedtaket har ikke noe brev.', 409);
      return this.arkiv.fil(tm, brev);
    });
  }

  private async visning(tm: TenantManager, vedtakId: string) {
    const v = await this.tilgang.hent(tm, VedtakEntity, vedtakId, 'vedtaket');
    const linjer = await tm.find(VedtakslinjeEntity, { where: { vedtakId } });
    const brev = await tm.find(BrevEntity, { where: { vedtakId }, order: { opprettet: 'ASC' }, select: { id: true, brevtype: true, status: true, feil: true, sha256: true, brevmalVersjon: true, rendererVersjon: true, sendtDato: true, forsok: true } });
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

/**
 * Need score for the waiting list: the mean of the scored IPLOS variables, raised when the person is unsafe
 * without round-the-clock care or has cognitive failure. Higher comes first; ties go by date placed.
 */
export function behovsskaar(k: KartleggingEntity): number {
  const skaar = Object.values(k.iplos).filter((s) => s !== 9);
  const snitt = skaar.length ? skaar.reduce((a, b) => a + b, 0) / skaar.length : 1;
  return Math.round((snitt + (k.utryggUtenHeldognstilbud ? 1 : 0) + (k.kognitivSvikt ? 0.5 : 0)) * 100) / 100;
}
