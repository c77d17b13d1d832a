import { ikkeFunnet, Tilgang } from '../../access/index.js';
import type { AuditService } from '../../audit/index.js';
import type { Brevbestilling, BrevbestillingService } from '../../brevproduksjon/index.js';
import { DomeneFeil, FELLES_KRITERIER_2026, idagINorge, IPLOS_KODER, klagefrist, leggTilDager, TJENESTEKATALOG, utforOvergang, type Bruker, type Saksstatus } from '../../domain/index.js';
import { lagVurderingsgrunnlag, type Vurderingsendringer } from '../../domain/src/kriterier/vurdering.fabrikk.js';
import type { KartleggingEntity, KommuneEntity, KriteriesettEntity, Referansedata, RequestContext, SoknadEntity, TenantManager, TenantTransaction, TjenesteEntity, VedtakEntity, VedtakslinjeEntity } from '../../persistence/index.js';
import type { KartleggingService, SaksflytService } from '../../saksbehandling/index.js';
import type { AnbefalingRepository } from './anbefaling.repository.js';
import { AnbefalingService } from './anbefaling.service.js';
import { LikebehandlingService } from './likebehandling.service.js';
import type { NyttVedtak, NyVedtakslinje, Omfangsfordeling, VedtakRepository } from './vedtak.repository.js';
import { VedtakService } from './vedtak.service.js';
import { VedtaksbrevService } from './vedtaksbrev.service.js';
import { VedtaksgrunnlagService } from './vedtaksgrunnlag.service.js';
import type { VedtakInput, VedtakslinjeInput } from './vedtakskontroll.js';
import { VedtaksvisningService } from './vedtaksvisning.service.js';
import type { NyVentelisteplass, VentelisteRepository } from './venteliste.repository.js';
import { behovsskaar, VentelisteService } from './venteliste.service.js';

const KOMMUNE = '1860';
const SAKSBEHANDLER: Bruker = { id: 'sb-1', navn: 'Siri Saksbehandler', roller: ['saksbehandler'], kommuner: [KOMMUNE] };
const KOLLEGA: Bruker = { id: 'sb-2', navn: 'Kari Kollega', roller: ['saksbehandler'], kommuner: [KOMMUNE] };

/** Lives alone, 82, needs help with housework: the criteria recommend practical help 1–3 hours and a safety alarm. */
const STANDARD: Vurderingsendringer = { borAlene: true, alder: 82, bistandsbehov: 'middels_til_stort', iplos: { alminneligHusarbeid: 3 } };

const idag = idagINorge();
const om = (dager: number) => leggTilDager(idag, dager);
const praktiskBistand = (endring: Partial<VedtakslinjeInput> = {}): VedtakslinjeInput => ({ tjenestekode: 'praktisk-bistand', utfall: 'innvilget', omfang: 2, startdato: om(7), evalueringsdato: om(180), ...endring });
const alarm = (endring: Partial<VedtakslinjeInput> = {}): VedtakslinjeInput => ({ tjenestekode: 'trygghetsalarm', utfall: 'innvilget', startdato: om(7), evalueringsdato: om(365), ...endring });
const vedtaksinput = (tjenester: VedtakslinjeInput[], endring: Partial<VedtakInput> = {}): VedtakInput => ({ versjon: 3, tjenester, innhentedeOpplysninger: ['Hjemmebesøk med søkeren'], ...endring });

/**
 * The decision services wired as in the module, over in-memory repositories: one case in Vestvågøy with an
 * assessment, the common criteria of 2026 in force, and the service catalogue.
 */
function kontor(o: { fireOyne?: string[]; soknadstjenester?: string[]; vurdering?: Vurderingsendringer; sammenlignbare?: Omfangsfordeling } = {}) {
  let innlogget = SAKSBEHANDLER;
  const context = { get bruker() { return innlogget; } } as unknown as RequestContext;
  const tx = { run: <T>(fn: (tm: TenantManager) => Promise<T>) => fn({} as TenantManager) } as unknown as TenantTransaction;
  const tilgang = new Tilgang(context);
  const grunnlag = lagVurderingsgrunnlag({ ...STANDARD, ...o.vurdering });
  const kartlegging = { id: 'kartlegging-1', dato: om(-10), deltakere: ['Søkeren', 'Datteren'], sokersSyn: null, ...grunnlag, vurdertTimebehovPerUke: null, utryggUtenHeldognstilbud: grunnlag.utryggUtenHeldognstilbud ?? null } as unknown as KartleggingEntity;
  const soknad = {
    id: 'soknad-1', kommunenummer: KOMMUNE, personId: 'person-1', status: 'under_kartlegging', versjon: 3,
    tjenester: o.soknadstjenester ?? ['praktisk-bistand', 'trygghetsalarm'], soktOm: [], fritekst: null, forhandsvarsel: null,
  } as unknown as SoknadEntity;
  const kommune = { kommunenummer: KOMMUNE, navn: 'Vestvågøy', fireOyneTjenester: o.fireOyne ?? [], klageorgan: 'Klagenemnda i Vestvågøy', langtidsforskrift: 'Forskrift om tildeling av langtidsopphold, Vestvågøy', langtidsforskriftDato: '2017-06-20' } as unknown as KommuneEntity;
  const sett = { id: 'kriteriesett-1', versjon: 1, navn: FELLES_KRITERIER_2026.navn, status: 'publisert', gyldigFra: '2026-01-01', gyldigTil: null, innhold: FELLES_KRITERIER_2026, lokaleAvvik: [] } as unknown as KriteriesettEntity;

  const db = { vedtak: new Map<string, VedtakEntity>(), linjer: [] as VedtakslinjeEntity[], venteliste: [] as NyVentelisteplass[], bestilteBrev: [] as Brevbestilling[], logg: [] as { handling: string; formaal: string }[] };
  const vedtakRepo = {
    hent: async (_tm: TenantManager, id: string, hva = 'vedtaket') => { const v = db.vedtak.get(id); if (!v) throw ikkeFunnet(hva); return v; },
    hentSoknad: async (_tm: TenantManager, id: string) => { if (id !== soknad.id) throw ikkeFunnet('søknaden'); return soknad; },
    hentKartlegging: async () => kartlegging,
    opprett: async (_tm: TenantManager, v: NyttVedtak) => { const lagret = { ...v, id: `vedtak-${db.vedtak.size + 1}` } as VedtakEntity; db.vedtak.set(lagret.id, lagret); return lagret; },
    leggTilLinjer: async (_tm: TenantManager, linjer: NyVedtakslinje[]) => { db.linjer.push(...linjer.map((l, i) => ({ ...l, id: `linje-${db.linjer.length + i}` }) as VedtakslinjeEntity)); },
    hentLinjer: async (_tm: TenantManager, vedtakId: string) => db.linjer.filter((l) => l.vedtakId === vedtakId),
    markerVedtatt: async (_tm: TenantManager, id: string, av: { id: string; navn: string }, vedtaksdato: string) => {
      const v = { ...db.vedtak.get(id)!, status: 'vedtatt' as const, vedtattAv: av.id, vedtattAvNavn: av.navn, vedtattTid: new Date(), vedtaksdato };
      db.vedtak.set(id, v);
      return v;
    },
    finnBrevoversikt: async () => [],
    finnSisteBrev: async () => null,
    omfangISammenlignbareSaker: async () => o.sammenlignbare ?? { n: 0, p10: NaN, median: NaN, p90: NaN },
  } as unknown as VedtakRepository;
  const anbefalingRepo = { finnSettIKraft: async () => sett, finnSett: async () => sett } as unknown as AnbefalingRepository;
  const ventelisteRepo = { plasser: async (_tm: TenantManager, p: NyVentelisteplass) => { db.venteliste.push(p); } } as unknown as VentelisteRepository;

  const audit = { logg: async (_tm: TenantManager, h: { handling: string; formaal: string }[]) => { db.logg.push(...h); } } as unknown as AuditService;
  const referanse = {
    kommune: async () => kommune,
    tjenester: async () => TJENESTEKATALOG.map((t) => ({ ...t, aktiv: true }) as TjenesteEntity),
  } as unknown as Referansedata;
  const brev = { maalform: async () => 'nb', bestill: async (_tm: TenantManager, b: Brevbestilling) => { db.bestilteBrev.push(b); return null; } } as unknown as BrevbestillingService;
  const kartleggingService = { grunnlag: async () => ({ grunnlag, kartleggingId: kartlegging.id }) } as unknown as KartleggingService;
  // The case's flow as the real service runs it: the domain's transition rules, the version checked.
  const saksflyt = {
    overgang: async (_tm: TenantManager, s: SoknadEntity, handling: Parameters<typeof utforOvergang>[1], valg: { versjon?: number; endringer?: Partial<SoknadEntity> } = {}) => {
      const til = utforOvergang(s.status as Saksstatus, handling, innlogget.roller);
      if (valg.versjon !== undefined && valg.versjon !== s.versjon) throw new DomeneFeil('UTDATERT_VERSJON', 'Søknaden er endret av noen andre.', 409);
      Object.assign(s, valg.endringer, { status: til, versjon: s.versjon + 1 });
      return s;
    },
  } as unknown as SaksflytService;

  const anbefaling = new AnbefalingService(tx, tilgang, audit, kartleggingService, referanse, brev, anbefalingRepo);
  const forberedelse = new VedtaksgrunnlagService(vedtakRepo, referanse, anbefaling, brev);
  const vedtaksbrev = new VedtaksbrevService(tx, context, tilgang, audit, brev, referanse, forberedelse, vedtakRepo, anbefalingRepo);
  const visning = new VedtaksvisningService(tx, audit, { fil: async () => { throw new Error('ingen PDF i enhetstesten'); } } as never, referanse, vedtakRepo);
  const venteliste = new VentelisteService(tx, tilgang, audit, ventelisteRepo);
  const vedtak = new VedtakService(tx, context, tilgang, audit, saksflyt, vedtakRepo, forberedelse, new LikebehandlingService(vedtakRepo), vedtaksbrev, venteliste, visning);
  return { vedtak, soknad, db, som: (b: Bruker) => { innlogget = b; } };
}

/** The error a caller gets, or a failure when the call succeeds. */
async function feilFra(p: Promise<unknown>): Promise<DomeneFeil> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomeneFeil) return e;
    throw e;
  }
  throw new Error('forventet en feil');
}

describe('VedtakService: four-eyes approval', () => {
  it('a municipality that requires approval gets a draft awaiting approval, and no letter yet', async () => {
    const k = kontor({ fireOyne: ['praktisk-bistand'] });
    const utkast = await k.vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand()]));
    expect(utkast).toMatchObject({ status: 'utkast', kreverGodkjenning: true, utkastAvNavn: 'Siri Saksbehandler', vedtattAvNavn: null });
    expect(k.soknad.status).toBe('vedtak_utkast');
    expect(k.db.bestilteBrev).toHaveLength(0);
  });

  it('the caseworker who wrote the draft cannot approve it (403)', async () => {
    const k = kontor({ fireOyne: ['praktisk-bistand'] });
    const utkast = await k.vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand()]));
    const feil = await feilFra(k.vedtak.godkjenn(utkast.id));
    expect(feil).toMatchObject({ kode: 'SAMME_SAKSBEHANDLER', status: 403, melding: 'Du skrev selv vedtaksutkastet og kan derfor ikke godkjenne det. En annen saksbehandler eller leder må godkjenne.' });
    expect(k.db.bestilteBrev).toHaveLength(0);
  });

  it('another caseworker approves: the decision is made, the case decided and the letter ordered', async () => {
    const k = kontor({ fireOyne: ['praktisk-bistand'] });
    const utkast = await k.vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand()]));
    k.som(KOLLEGA);
    const fattet = await k.vedtak.godkjenn(utkast.id);
    expect(fattet).toMatchObject({ status: 'vedtatt', vedtaksdato: idag, utkastAvNavn: 'Siri Saksbehandler', vedtattAvNavn: 'Kari Kollega' });
    expect(k.soknad).toMatchObject({ status: 'vedtatt', vedtattDato: idag });
    expect(k.db.bestilteBrev.map((b) => ({ brevtype: b.brevtype, vedtakId: b.vedtakId }))).toEqual([{ brevtype: 'vedtak_innvilget', vedtakId: utkast.id }]);
    expect(await feilFra(k.vedtak.godkjenn(utkast.id))).toMatchObject({ kode: 'IKKE_UTKAST', status: 409, melding: 'Vedtaket er allerede fattet og kan ikke godkjennes på nytt.' });
  });

  it('without four-eyes for the service the decision is made at once and its letter ordered', async () => {
    const k = kontor({ fireOyne: ['bpa'] });
    const fattet = await k.vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand()]));
    expect(fattet).toMatchObject({ status: 'vedtatt', kreverGodkjenning: false, vedtattAvNavn: 'Siri Saksbehandler' });
    expect(k.db.bestilteBrev).toHaveLength(1);
  });

  it('an unknown draft answers 404 without naming the id', async () => {
    expect(await feilFra(kontor().vedtak.godkjenn('finnes-ikke'))).toMatchObject({ kode: 'IKKE_FUNNET', status: 404, melding: 'Fant ikke vedtaket.' });
  });
});

describe('VedtakService: deviation from the recommendation', () => {
  it('more than the recommended range needs a written justification, on the line’s field', async () => {
    const k = kontor();
    const feil = await feilFra(k.vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand({ omfang: 5 })])));
    expect(feil).toMatchObject({ kode: 'UGYLDIG_VEDTAK', status: 400 });
    expect(feil.felt).toEqual([{ field: 'tjenester[0].avvikBegrunnelse', message: 'Vedtaket avviker fra kriterienes anbefaling (innvilget, 1–3). Skriv en begrunnelse for avviket.' }]);
    expect(k.db.vedtak.size).toBe(0);
  });

  it('with a justification the deviation is stored with its direction and category (annet when none is picked)', async () => {
    const k = kontor();
    await k.vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand({ omfang: 5, avvikKategori: 'familiens_situasjon', avvikBegrunnelse: 'Ektefellen er innlagt.' }), alarm({ utfall: 'avslag', avvikBegrunnelse: 'Har alarm fra før.' })]));
    expect(k.db.linjer.map((l) => [l.tjenestekode, l.avviker, l.avvikRetning, l.avvikKategori, l.avvikBegrunnelse])).toEqual([
      ['praktisk-bistand', true, 'gunstigere', 'familiens_situasjon', 'Ektefellen er innlagt.'],
      ['trygghetsalarm', true, 'strengere', 'annet', 'Har alarm fra før.'],
    ]);
  });

  it('a refusal in line with the criteria takes the criteria’s reason as its reason', async () => {
    const k = kontor({ vurdering: { borAlene: false } });
    await k.vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand(), alarm({ utfall: 'avslag' })]));
    expect(k.db.linjer[1]).toMatchObject({ avviker: false, begrunnelse: expect.stringMatching(/^Trygghetsalarm tildeles personer som bor alene/) });
  });
});

describe('VedtakService: granted lines', () => {
  it('need a scope, a start and an end or evaluation date, each reported on its field', async () => {
    const feil = await feilFra(kontor().vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand({ omfang: null, startdato: null, evalueringsdato: null })])));
    expect(feil.felt).toEqual([
      { field: 'tjenester[0].omfang', message: 'Omfang må oppgis når tjenesten innvilges.' },
      { field: 'tjenester[0].startdato', message: 'Startdato må oppgis når tjenesten innvilges.' },
      { field: 'tjenester[0].evalueringsdato', message: 'Oppgi sluttdato eller evalueringsdato: et vedtak «inntil videre» skal ha en planlagt evaluering.' },
    ]);
  });

  it('a yes/no service needs no scope; a week has 168 hours; a service not applied for is refused', async () => {
    const k = kontor();
    const feil = await feilFra(k.vedtak.fatt('soknad-1', vedtaksinput([alarm(), praktiskBistand({ omfang: 170, avvikBegrunnelse: 'x' }), { ...alarm(), tjenestekode: 'bpa' }])));
    expect(feil.felt).toEqual([
      { field: 'tjenester[1].omfang', message: 'En uke har 168 timer.' },
      { field: 'tjenester[2].tjenestekode', message: 'Søknaden gjelder ikke denne tjenesten.' },
      { field: 'tjenester[2].omfang', message: 'Omfang må oppgis når tjenesten innvilges.' },
    ]);
  });

  it('the facts the decision rests on must be named (they are printed in the letter)', async () => {
    const feil = await feilFra(kontor().vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand()], { innhentedeOpplysninger: [' '] })));
    expect(feil.felt.map((f) => f.field)).toEqual(['innhentedeOpplysninger']);
  });
});

describe('VedtakService: the legal regime decides the complaint route in the letter', () => {
  const klageveier = async (tjenester: VedtakslinjeInput[], soknadstjenester?: string[], vurdering?: Vurderingsendringer) => {
    const k = kontor({ soknadstjenester, vurdering });
    await k.vedtak.fatt('soknad-1', vedtaksinput(tjenester));
    const { innhold: flett } = k.db.bestilteBrev[0]!;
    const innhold = typeof flett === 'function' ? flett('nb') : flett;
    return { klagefrist: innhold.klagefrist, klageveier: innhold.klageveier };
  };

  it('a right under pbrl. § 2-1 a goes to Statsforvalteren with four weeks to complain', async () => {
    expect(await klageveier([praktiskBistand()], ['praktisk-bistand'])).toEqual({
      klagefrist: klagefrist(idag, { dager: 28 }),
      klageveier: [{ tjenester: 'praktisk bistand (hjemmehjelp) og opplæring', klagefrist: klagefrist(idag, { dager: 28 }), statsforvalteren: {}, kommunen: null }],
    });
  });

  it('long-term care (pbrl. § 2-1 e, hol. § 3-2 a) also goes to Statsforvalteren', async () => {
    const r = await klageveier([{ tjenestekode: 'langtidsopphold', utfall: 'innvilget', startdato: om(14), evalueringsdato: om(365) }], ['langtidsopphold'], { bistandsbehov: 'omfattende', kognitivSvikt: true, utryggUtenHeldognstilbud: true });
    expect(r.klageveier).toEqual([expect.objectContaining({ statsforvalteren: {}, kommunen: null })]);
  });

  it('a discretionary service goes to the municipality’s own complaint body with three weeks; a mixed decision states both routes and the earlier deadline', async () => {
    expect(await klageveier([praktiskBistand(), alarm()])).toEqual({
      klagefrist: klagefrist(idag, { dager: 21 }),
      klageveier: [
        { tjenester: 'praktisk bistand (hjemmehjelp) og opplæring', klagefrist: klagefrist(idag, { dager: 28 }), statsforvalteren: {}, kommunen: null },
        { tjenester: 'trygghetsalarm', klagefrist: klagefrist(idag, { dager: 21 }), statsforvalteren: null, kommunen: { klageorgan: 'Klagenemnda i Vestvågøy' } },
      ],
    });
  });
});

describe('VedtakService: a change that reduces needs advance notice', () => {
  async function medFattetVedtak() {
    const k = kontor();
    const gammel = await k.vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand({ omfang: 3 })]));
    k.soknad.status = 'under_revurdering';
    return { k, gammel };
  }

  it('less scope without an advance notice is refused, naming the earlier decision', async () => {
    const { k, gammel } = await medFattetVedtak();
    const feil = await feilFra(k.vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand({ omfang: 1 })], { versjon: k.soknad.versjon, erstatterVedtakId: gammel.id, virkningsdato: om(30) })));
    expect(feil.felt).toEqual([{ field: 'forhandsvarsel', message: `Vedtaket gir mindre enn vedtaket av ${idag}. Send forhåndsvarsel (forvaltningsloven § 16) med en frist for å uttale seg før vedtaket fattes.` }]);
  });

  it('after the notice’s deadline, the reduction takes effect no earlier than 14 days after the decision', async () => {
    const { k, gammel } = await medFattetVedtak();
    k.soknad.forhandsvarsel = { vedtakId: gammel.id, uttalelsesfrist: om(-1) } as SoknadEntity['forhandsvarsel'];
    const input = vedtaksinput([praktiskBistand({ omfang: 1 })], { versjon: k.soknad.versjon, erstatterVedtakId: gammel.id, virkningsdato: om(13) });
    expect((await feilFra(k.vedtak.fatt('soknad-1', input))).felt).toEqual([
      { field: 'virkningsdato', message: `Vedtaket gir mindre enn vedtaket av ${idag}. Endringen kan tidligst gjelde fra ${om(14)}, slik at søkeren får varsel og kan klage og be om utsatt iverksetting.` },
    ]);
    const nytt = await k.vedtak.fatt('soknad-1', { ...input, virkningsdato: om(14) });
    expect(nytt).toMatchObject({ status: 'vedtatt', erstatterVedtakId: gammel.id, endring: { tidligereVedtaksdato: idag, virkningsdato: om(14) } });
  });

  it('while the deadline to comment runs, the decision waits', async () => {
    const { k, gammel } = await medFattetVedtak();
    k.soknad.forhandsvarsel = { vedtakId: gammel.id, uttalelsesfrist: idag } as SoknadEntity['forhandsvarsel'];
    const feil = await feilFra(k.vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand({ omfang: 1 })], { versjon: k.soknad.versjon, erstatterVedtakId: gammel.id, virkningsdato: om(30) })));
    expect(feil.felt).toEqual([{ field: 'forhandsvarsel', message: `Fristen for å uttale seg til forhåndsvarselet er ${idag}. Vedtaket kan fattes etter den.` }]);
  });

  it('more than before needs no notice, only the day it takes effect', async () => {
    const { k, gammel } = await medFattetVedtak();
    const input = vedtaksinput([praktiskBistand({ omfang: 3 }), alarm()], { versjon: k.soknad.versjon, erstatterVedtakId: gammel.id });
    expect((await feilFra(k.vedtak.fatt('soknad-1', input))).felt).toEqual([{ field: 'virkningsdato', message: 'Oppgi fra hvilken dag endringen gjelder (i dag eller senere).' }]);
    await expect(k.vedtak.fatt('soknad-1', { ...input, virkningsdato: idag })).resolves.toMatchObject({ status: 'vedtatt' });
  });
});

describe('VedtakService: the equal-treatment signal', () => {
  it('flags a scope outside the middle 80 % of comparable decisions in the other municipalities', async () => {
    const k = kontor({ sammenlignbare: { n: 12, p10: 2.5, median: 3, p90: 4 } });
    const fattet = await k.vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand({ omfang: 2 }), alarm()]));
    expect(fattet.likebehandling).toEqual([
      {
        tjenestekode: 'praktisk-bistand', omfang: 2, sammenlignbare: 12, p10: 2.5, median: 3, p90: 4,
        melding: 'Omfanget (2) ligger under det som er vanlig for sammenlignbare saker i de andre kommunene i kontoret (12 vedtak med samme tjeneste, bistandsbehov og aldersgruppe: 80 % fikk mellom 2,5 og 4, median 3).',
      },
    ]);
  });

  it('says nothing within the range or with fewer than five comparable decisions', async () => {
    expect((await kontor({ sammenlignbare: { n: 12, p10: 1, median: 2, p90: 3 } }).vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand()]))).likebehandling).toEqual([]);
    expect((await kontor({ sammenlignbare: { n: 4, p10: 2.5, median: 3, p90: 4 } }).vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand()]))).likebehandling).toEqual([]);
  });
});

describe('VedtakService: the waiting list', () => {
  const langtid = { bistandsbehov: 'omfattende', kognitivSvikt: true, iplos: { hukommelse: 4 } } as const;

  it('is only for long-term care', async () => {
    const feil = await feilFra(kontor().vedtak.fatt('soknad-1', vedtaksinput([praktiskBistand({ utfall: 'venteliste', avvikBegrunnelse: 'x', begrunnelse: null })])));
    expect(feil.felt).toContainEqual({ field: 'tjenester[0].utfall', message: 'Venteliste brukes bare for langtidsopphold.' });
  });

  it('must say what the person gets while waiting', async () => {
    const feil = await feilFra(kontor({ soknadstjenester: ['langtidsopphold'], vurdering: langtid }).vedtak.fatt('soknad-1', vedtaksinput([{ tjenestekode: 'langtidsopphold', utfall: 'venteliste' }])));
    expect(feil.felt).toEqual([{ field: 'tjenesterIMellomtiden', message: 'Et vedtak om venteliste må si hvilke tjenester søkeren får mens hun eller han venter.' }]);
  });

  // Every IPLOS score 1 except memory 4, with cognitive failure: the mean plus a half.
  it('places the person with the need score of the assessment when the decision stands', async () => {
    const k = kontor({ soknadstjenester: ['langtidsopphold'], vurdering: langtid });
    const fattet = await k.vedtak.fatt('soknad-1', vedtaksinput([{ tjenestekode: 'langtidsopphold', utfall: 'venteliste' }], { tjenesterIMellomtiden: [{ tjeneste: 'Helsetjenester i hjemmet', omfang: 'To besøk hver dag' }] }));
    expect(k.db.venteliste).toEqual([expect.objectContaining({ vedtakId: fattet.id, tjenestekode: 'langtidsopphold', oppfortDato: idag, status: 'venter', behovsskaar: String(Math.round(((IPLOS_KODER.length + 3) / IPLOS_KODER.length + 0.5) * 100) / 100) })]);
    expect(k.db.bestilteBrev[0]!.brevtype).toBe('vedtak_venteliste');
  });

  it('scores need as the mean IPLOS score, plus one when unsafe without round-the-clock care and a half for cognitive failure', () => {
    const iplos = { a: 1, b: 2, c: 3, d: 9 } as unknown as KartleggingEntity['iplos'];
    expect(behovsskaar({ iplos, utryggUtenHeldognstilbud: false, kognitivSvikt: false })).toBe(2);
    expect(behovsskaar({ iplos, utryggUtenHeldognstilbud: true, kognitivSvikt: true })).toBe(3.5);
  });
});
