import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idagINorge } from '../../libs/domain/src/frister/dato.js';
import { klagefrist } from '../../libs/domain/src/frister/frister.js';
import { formaterDato } from '../../libs/letters/src/flettedata.js';
import { iplos, kartleggingBody, registrerSoknad, syntetiskFnr } from '../support/factories.js';
import { auth, FLAKSTAD, lagBruker, medApiOgWorker, queryForKommuner, vent, VAGAN, type TestBruker } from '../support/harness.js';
import { bokmaalFunn } from '../support/nynorsk.js';
import { lesPdf } from '../support/pdf.js';

type Maalform = 'nb' | 'nn';
const om = (dager: number) => new Date(Date.now() + dager * 86400_000).toISOString().slice(0, 10);
const idag = idagINorge();

/** What each målform's letters must say, and the words a caseworker writes in that målform. */
const SPRAAK = {
  nb: {
    kommune: VAGAN,
    kommunenavn: 'Vågan',
    rett: ['Fristen for å klage er 4 uker fra den dagen du mottok vedtaket, jf. pasient- og brukerrettighetsloven § 7-5', 'sender vi klagen til Statsforvalteren i Nordland, som avgjør saken'],
    skjonn: ['Fristen for å klage er 3 uker fra den dagen du mottok vedtaket, jf. forvaltningsloven § 29', 'sender vi klagen til Klagenemnda i Vågan kommune, som avgjør saken, jf. forvaltningsloven § 28 andre ledd'],
    ikkeRett: ['pasient- og brukerrettighetsloven § 7-5', 'Statsforvalteren', '4 uker'],
    ikkeSkjonn: ['forvaltningsloven § 29', 'Klagenemnda', '3 uker'],
    rettsregel: 'pasient- og brukerrettighetsloven § 2-1 a andre ledd: Du har rett til nødvendige helse- og omsorgstjenester fra kommunen',
    skjonnsregel: 'Dette er ikke en tjeneste du har rett til etter loven.',
    innen: 'Klagen bør derfor være sendt innen',
    kriterier: 'Felles tildelingskriterier for helse- og omsorgstjenester i Lofoten, versjon 1, gjeldende fra 1. januar 2026',
    soktOm: 'Du søkte om: 6 timer per uke, hver uke',
    vurdering: 'Vi har lagt vekt på at du bor alene og trenger hjelp til husarbeid og innkjøp.',
    begrunnelse: 'Du klarer lett husarbeid selv, så vi dekker bare det tunge husarbeidet.',
    avvik: 'Vurdert individuelt etter hjemmebesøket.',
    opplysninger: 'Hjemmebesøk og samtale med deg og datteren din',
    deltakere: ['deg', 'datteren din', 'saksbehandleren'],
    syn: 'Du ønsker hjelp til rengjøring hver uke.',
    fritekst: 'Trenger hjelp hjemme.',
    mellomtiden: { tjeneste: 'Helsetjenester i hjemmet', omfang: 'Besøk morgen og kveld' },
    kartlagt: 'Alminnelig husarbeid: du trenger mye hjelp, og den som hjelper, må være til stede.',
    titler: { vedtak_innvilget: 'Vedtak om helse- og omsorgstjenester: søknaden er innvilget' },
  },
  nn: {
    kommune: FLAKSTAD,
    kommunenavn: 'Flakstad',
    rett: ['Fristen for å klage er 4 veker frå den dagen du fekk vedtaket, jf. pasient- og brukarrettslova § 7-5', 'sender vi klagen til Statsforvaltaren i Nordland, som avgjer saka'],
    skjonn: ['Fristen for å klage er 3 veker frå den dagen du fekk vedtaket, jf. forvaltningslova § 29', 'sender vi klagen til Klagenemnda i Flakstad kommune, som avgjer saka, jf. forvaltningslova § 28 andre ledd'],
    ikkeRett: ['pasient- og brukarrettslova § 7-5', 'Statsforvaltaren', '4 veker'],
    ikkeSkjonn: ['forvaltningslova § 29', 'Klagenemnda', '3 veker'],
    rettsregel: 'pasient- og brukarrettslova § 2-1 a andre ledd: Du har rett til naudsynte helse- og omsorgstenester frå kommunen',
    skjonnsregel: 'Dette er ikkje ei teneste du har rett til etter lova.',
    innen: 'Klagen bør difor vere sendt innan',
    kriterier: 'Felles tildelingskriterium for helse- og omsorgstenester i Lofoten, versjon 1, gjeldande frå 1. januar 2026',
    soktOm: 'Du søkte om: 6 timar per veke, kvar veke',
    vurdering: 'Vi har lagt vekt på at du bur åleine og treng hjelp til husarbeid og innkjøp.',
    begrunnelse: 'Du klarer lett husarbeid sjølv, så vi dekkjer berre det tunge husarbeidet.',
    avvik: 'Vurdert individuelt etter heimebesøket.',
    opplysninger: 'Heimebesøk og samtale med deg og dottera di',
    deltakere: ['deg', 'dottera di', 'sakshandsamaren'],
    syn: 'Du ønskjer hjelp til reingjering kvar veke.',
    fritekst: 'Treng hjelp heime.',
    mellomtiden: { tjeneste: 'Helsetenester i heimen', omfang: 'Besøk morgon og kveld' },
    kartlagt: 'Alminneleg husarbeid: du treng mykje hjelp, og den som hjelper, må vere til stades.',
    titler: { vedtak_innvilget: 'Vedtak om helse- og omsorgstenester: søknaden er innvilga' },
  },
} as const;


const flat = (s: string) => s.replace(/\s+/g, ' ');

/** The PDF's Title as a document viewer shows it. */
function pdfTittel(pdf: Buffer): string {
  const fil = join(mkdtempSync(join(tmpdir(), 'tk-tittel-')), 'brev.pdf');
  writeFileSync(fil, pdf);
  return /^Title:\s*(.*)$/m.exec(execFileSync('pdfinfo', [fil], { encoding: 'utf8' }))?.[1]?.trim() ?? '';
}

describe('legally correct letters for every regime and målform, read with pdftotext', () => {
  const { api, worker } = medApiOgWorker();
  /** Every nynorsk letter the tests produce, by type: scanned for bokmål at the end. */
  const nynorsk = new Map<string, string>();

  async function brev(kommune: string, hvor: { vedtakId?: string; klageId?: string; soknadId?: string; brevtype?: string }): Promise<{ brevtype: string; tekst: string; tittel: string }> {
    const [kolonne, id] = hvor.vedtakId ? ['vedtak_id', hvor.vedtakId] : hvor.klageId ? ['klage_id', hvor.klageId] : ['soknad_id', hvor.soknadId!];
    const rad = await vent(async () => {
      const r = await queryForKommuner<{ brevtype: string; status: string; pdf: Buffer | null; maalform: string }>(
        [kommune],
        `select brevtype, status, pdf, maalform from brev where ${kolonne} = $1 and ($2::text is null or brevtype = $2) order by opprettet desc limit 1`,
        [id, hvor.brevtype ?? null],
      );
      return r[0]?.status === 'sendt' ? r[0] : null;
    }, 30_000);
    const tekst = flat(lesPdf(rad.pdf!).tekst);
    // Every letter tells the reader how to reach the office: its telephone and its e-mail address.
    const [kontor] = await queryForKommuner<{ telefon: string; epost: string }>([kommune], `select telefon, epost from kommune where kommunenummer = $1`, [kommune]);
    expect(tekst).toContain(kontor!.epost);
    expect(tekst).toContain(kontor!.telefon);
    if (rad.maalform === 'nn') nynorsk.set(`${rad.brevtype}:${nynorsk.size}`, tekst);
    return { brevtype: rad.brevtype, tekst, tittel: pdfTittel(rad.pdf!) };
  }

  /** A case in the målform's municipality, registered with what was applied for and assessed. */
  async function kartlagtSak(sb: TestBruker, m: Maalform, tjenester: string[], ekstra: Record<string, unknown> = {}) {
    const t = SPRAAK[m];
    const sak = await registrerSoknad(api, sb, t.kommune, {
      tjenester,
      kanal: 'papir',
      fritekst: t.fritekst,
      soktOm: tjenester.includes('praktisk-bistand') ? [{ tjenestekode: 'praktisk-bistand', omfang: 6, frekvens: m === 'nb' ? 'hver uke' : 'kvar veke' }] : [],
      person: { fodselsnummer: syntetiskFnr('1940-05-05'), navn: 'Kari Kvalnes', adresse: 'Fiskergata 3, 8380 Ramberg', maalform: m, ...ekstra },
    });
    const k = await api.http
      .post(`/api/v1/soknader/${sak.id}/kartlegging`)
      .set(auth(sb))
      .send(kartleggingBody(1, { deltakere: t.deltakere, sokersSyn: t.syn, iplos: iplos(1, { alminneligHusarbeid: 4, skaffeVarerOgTjenester: 3 }), hjelpFraFamilie: 'noe' }));
    expect(k.status).toBe(201);
    return sak;
  }

  /** A decision with the outcomes given; reasons and deviations in the målform, so the letter is all in it. */
  async function fatt(sb: TestBruker, m: Maalform, sakId: string, linjer: { tjenestekode: string; utfall: string; omfang?: number }[], ekstra: Record<string, unknown> = {}) {
    const t = SPRAAK[m];
    const res = await api.http
      .post(`/api/v1/soknader/${sakId}/vedtak`)
      .set(auth(sb))
      .send({
        versjon: 2,
        vurdering: t.vurdering,
        innhentedeOpplysninger: [t.opplysninger],
        tjenester: linjer.map((l) => ({
          ...l,
          avvikKategori: 'individuell_vurdering',
          avvikBegrunnelse: t.avvik,
          ...(['innvilget', 'delvis_innvilget'].includes(l.utfall) ? { startdato: om(7), evalueringsdato: om(180) } : {}),
          ...(['delvis_innvilget', 'avslag'].includes(l.utfall) ? { begrunnelse: t.begrunnelse } : {}),
        })),
        ...ekstra,
      });
    expect(res.status).toBe(201);
    return res.body as { id: string; status: string };
  }

  for (const m of ['nb', 'nn'] as const) {
    const t = SPRAAK[m];
    const frist = (dager: number) => `${t.innen} ${formaterDato(klagefrist(idag, { dager }))}`;

    describe(`${m === 'nb' ? 'bokmål' : 'nynorsk'}`, () => {
      it('a right (praktisk bistand) granted: 4 weeks, pbrl. § 7-5, Statsforvalteren; the right in the rules; what was applied for; the criteria by published name; the title as PDF Title', async () => {
        const sb = await lagBruker('saksbehandler', [t.kommune]);
        const sak = await kartlagtSak(sb, m, ['praktisk-bistand']);
        const v = await fatt(sb, m, sak.id, [{ tjenestekode: 'praktisk-bistand', utfall: 'innvilget', omfang: 4 }]);
        const b = await brev(t.kommune, { vedtakId: v.id });
        expect(b.brevtype).toBe('vedtak_innvilget');
        for (const s of t.rett) expect(b.tekst).toContain(s);
        expect(b.tekst).toContain(frist(28));
        for (const s of t.ikkeSkjonn) expect(b.tekst).not.toContain(s);
        expect(b.tekst).toContain(t.rettsregel);
        expect(b.tekst).toContain(t.soktOm);
        expect(b.tekst).toContain(t.kriterier);
        expect(b.tekst).toContain(t.kartlagt);
        expect(b.tekst).toContain(t.opplysninger);
        expect(b.tekst).not.toMatch(/forslag/i);
        expect(b.tittel).toBe(t.titler.vedtak_innvilget);

        // The office upholds it after a complaint: forwarded to Statsforvalteren, and the letter says so.
        const versjon = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.versjon;
        const k = await api.http.post(`/api/v1/soknader/${sak.id}/klage`).set(auth(sb)).send({ vedtakId: v.id, mottattDato: idag, begrunnelse: 'Eg treng meir hjelp.', versjon });
        expect(k.body).toMatchObject({ klagevei: 'statsforvalteren', klagefrist: klagefrist(idag), innenFrist: true, merknad: null });
        await api.http.post(`/api/v1/klager/${k.body.id}/vurdering`).set(auth(sb)).send({ vurdering: 'opprettholdt', begrunnelse: t.begrunnelse, versjon: 1 }).expect(200);
        const o = await brev(t.kommune, { klageId: k.body.id });
        expect(o.brevtype).toBe('klage_oversendt');
        expect(o.tekst).toContain(m === 'nb' ? 'er sendt til Statsforvalteren i Nordland, som avgjør saken' : 'er send til Statsforvaltaren i Nordland, som avgjer saka');
        expect(o.tekst).not.toContain('Klagenemnda');
      });

      it('a discretionary service (trygghetsalarm) granted: 3 weeks, fvl. § 29, the municipality\'s complaint body; no right in the rules; the complaint is forwarded there', async () => {
        const sb = await lagBruker('saksbehandler', [t.kommune]);
        const sak = await kartlagtSak(sb, m, ['trygghetsalarm']);
        const v = await fatt(sb, m, sak.id, [{ tjenestekode: 'trygghetsalarm', utfall: 'innvilget' }]);
        const b = await brev(t.kommune, { vedtakId: v.id });
        expect(b.brevtype).toBe('vedtak_innvilget');
        for (const s of t.skjonn) expect(b.tekst).toContain(s);
        expect(b.tekst).toContain(frist(21));
        for (const s of t.ikkeRett) expect(b.tekst).not.toContain(s);
        expect(b.tekst).toContain(t.skjonnsregel);
        expect(b.tekst).not.toContain('§ 2-1 a');

        const versjon = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.versjon;
        // The person cannot have learned of the decision before it was made.
        const foer = await api.http.post(`/api/v1/soknader/${sak.id}/klage`).set(auth(sb)).send({ vedtakId: v.id, mottattDato: idag, kjentDato: om(-1), begrunnelse: 'Eg er ueinig.', versjon });
        expect(foer.status).toBe(400);
        expect(foer.body.errors).toEqual([{ field: 'kjentDato', message: `Datoen er før vedtaksdatoen (${idag}).` }]);
        // Registered on the municipality's route, with the 3-week deadline of fvl. § 29.
        const k = await api.http.post(`/api/v1/soknader/${sak.id}/klage`).set(auth(sb)).send({ vedtakId: v.id, mottattDato: idag, kjentDato: idag, begrunnelse: 'Eg er ueinig.', versjon });
        expect(k.body).toMatchObject({ klagevei: 'kommunen', klagefrist: klagefrist(idag, { dager: 21 }), innenFrist: true });
        await api.http.post(`/api/v1/klager/${k.body.id}/vurdering`).set(auth(sb)).send({ vurdering: 'opprettholdt', begrunnelse: t.begrunnelse, versjon: 1 }).expect(200);
        const o = await brev(t.kommune, { klageId: k.body.id });
        expect(o.tekst).toContain(m === 'nb' ? `er sendt til Klagenemnda i ${t.kommunenavn} kommune, som avgjør saken` : `er send til Klagenemnda i ${t.kommunenavn} kommune, som avgjer saka`);
        expect(o.tekst).not.toMatch(/Statsforvalt[ea]ren i Nordland, som avgj/);
      });

      it('partly granted on two regimes: each route stated for its own service, and each line\'s reason under the assessment', async () => {
        const sb = await lagBruker('saksbehandler', [t.kommune]);
        const sak = await kartlagtSak(sb, m, ['praktisk-bistand', 'trygghetsalarm']);
        const v = await fatt(sb, m, sak.id, [
          { tjenestekode: 'praktisk-bistand', utfall: 'delvis_innvilget', omfang: 2 },
          { tjenestekode: 'trygghetsalarm', utfall: 'avslag' },
        ]);
        const b = await brev(t.kommune, { vedtakId: v.id });
        expect(b.brevtype).toBe('vedtak_delvis_innvilget');
        for (const s of [...t.rett, ...t.skjonn]) expect(b.tekst).toContain(s);
        expect(b.tekst).toContain(frist(28));
        expect(b.tekst).toContain(frist(21));
        const pb = m === 'nb' ? 'praktisk bistand (hjemmehjelp) og opplæring' : 'praktisk bistand (heimehjelp) og opplæring';
        const ta = m === 'nb' ? 'trygghetsalarm' : 'tryggleiksalarm';
        expect(b.tekst).toContain(`Klage på vedtaket om ${pb}: Fristen for å klage er 4`);
        expect(b.tekst).toContain(`Klage på vedtaket om ${ta}: ${m === 'nb' ? 'Dette er en tjeneste' : 'Dette er ei teneste'}`);
        const vurdering = b.tekst.slice(b.tekst.indexOf(m === 'nb' ? 'Vurdering og begrunnelse' : 'Vurdering og grunngiving'));
        expect(vurdering).toContain(`${m === 'nb' ? 'Praktisk bistand (hjemmehjelp)' : 'Praktisk bistand (heimehjelp)'} og opplæring: ${t.begrunnelse}`);
        expect(vurdering).toContain(`${m === 'nb' ? 'Trygghetsalarm' : 'Tryggleiksalarm'}: ${t.begrunnelse}`);
        expect(b.tekst).toContain(t.soktOm);
      });

      it('refused on each regime: the route of that regime only', async () => {
        const sb = await lagBruker('saksbehandler', [t.kommune]);
        const rett = await kartlagtSak(sb, m, ['hjemmesykepleie']);
        const b1 = await brev(t.kommune, { vedtakId: (await fatt(sb, m, rett.id, [{ tjenestekode: 'hjemmesykepleie', utfall: 'avslag' }])).id });
        expect(b1.brevtype).toBe('vedtak_avslag');
        for (const s of t.rett) expect(b1.tekst).toContain(s);
        for (const s of t.ikkeSkjonn) expect(b1.tekst).not.toContain(s);
        expect(b1.tekst).toContain(t.begrunnelse);

        const skjonn = await kartlagtSak(sb, m, ['matombringing']);
        const b2 = await brev(t.kommune, { vedtakId: (await fatt(sb, m, skjonn.id, [{ tjenestekode: 'matombringing', utfall: 'avslag' }])).id });
        expect(b2.brevtype).toBe('vedtak_avslag');
        for (const s of t.skjonn) expect(b2.tekst).toContain(s);
        for (const s of t.ikkeRett) expect(b2.tekst).not.toContain(s);
      });

      it('waiting list for long-term care: the local regulation by name and date, the services meanwhile, the right of pbrl. § 2-1 e', async () => {
        const sb = await lagBruker('saksbehandler', [t.kommune]);
        const leder = await lagBruker('leder', [t.kommune]);
        const sak = await kartlagtSak(sb, m, ['langtidsopphold']);
        const uten = await api.http.post(`/api/v1/soknader/${sak.id}/vedtak`).set(auth(sb)).send({ versjon: 2, innhentedeOpplysninger: [t.opplysninger], tjenester: [{ tjenestekode: 'langtidsopphold', utfall: 'venteliste', avvikKategori: 'individuell_vurdering', avvikBegrunnelse: t.avvik }] });
        expect(uten.status).toBe(400);
        expect(uten.body.errors).toContainEqual({ field: 'tjenesterIMellomtiden', message: expect.stringContaining('mens') });
        const v = await fatt(sb, m, sak.id, [{ tjenestekode: 'langtidsopphold', utfall: 'venteliste' }], { tjenesterIMellomtiden: [t.mellomtiden] });
        expect(v.status).toBe('utkast');
        await api.http.post(`/api/v1/vedtak/${v.id}/godkjenning`).set(auth(leder)).expect(200);
        const b = await brev(t.kommune, { vedtakId: v.id });
        expect(b.brevtype).toBe('vedtak_venteliste');
        const kommune = (await api.http.get('/api/v1/kommuner').set(auth(sb))).body.find((k: { kommunenummer: string }) => k.kommunenummer === t.kommune);
        expect(b.tekst).toContain(`jf. ${kommune.langtidsforskrift}, ${m === 'nb' ? 'vedtatt' : 'vedteken'} ${formaterDato(kommune.langtidsforskriftDato)}`);
        expect(b.tekst).not.toMatch(/Forskrift om tildeling av langtidsopphold, \d{4}/);
        expect(b.tekst).toContain(`${t.mellomtiden.tjeneste}: ${t.mellomtiden.omfang}`);
        expect(b.tekst).toContain(m === 'nb' ? 'pasient- og brukerrettighetsloven § 2-1 e' : 'pasient- og brukarrettslova § 2-1 e');
        for (const s of t.rett) expect(b.tekst).toContain(s);
      });

      it('the other letter types of a case: request for information, withdrawn, dismissed, complaint dismissed and withdrawn', async () => {
        const sb = await lagBruker('saksbehandler', [t.kommune]);
        const trekk = await kartlagtSak(sb, m, ['praktisk-bistand']);
        // A request for information (fvl. § 17): what is needed and by when; the case shows it waits for it.
        const tom = await api.http.post(`/api/v1/soknader/${trekk.id}/innhenting`).set(auth(sb)).send({ versjon: 2, opplysninger: [' '], svarfrist: idag });
        expect(tom.status).toBe(400);
        expect(tom.body.errors.map((e: { field: string }) => e.field)).toEqual(['opplysninger', 'svarfrist']);
        const trengs = m === 'nb' ? 'Uttalelse fra fastlegen om helsen din' : 'Fråsegn frå fastlegen om helsa di';
        const inn = await api.http.post(`/api/v1/soknader/${trekk.id}/innhenting`).set(auth(sb)).send({ versjon: 2, opplysninger: [trengs], svarfrist: om(14) });
        expect(inn.status).toBe(200);
        expect(inn.body).toMatchObject({ versjon: 3, innhenting: { opplysninger: [trengs], svarfrist: om(14), bestiltDato: idag } });
        const ib = await brev(t.kommune, { soknadId: trekk.id, brevtype: 'innhenting_opplysninger' });
        expect(ib.tekst).toContain(trengs);
        expect(ib.tekst).toContain(`${m === 'nb' ? 'innen' : 'innan'} ${formaterDato(om(14))}`);
        await api.http.post(`/api/v1/soknader/${trekk.id}/handlinger`).set(auth(sb)).send({ handling: 'trekk', versjon: 3, trukketMaate: 'skriftlig' }).expect(200);
        expect((await brev(t.kommune, { soknadId: trekk.id, brevtype: 'trukket' })).tekst).toContain(m === 'nb' ? 'skriftlig' : 'skriftleg');

        const avvis = await registrerSoknad(api, sb, t.kommune, { tjenester: ['hjemmesykepleie'], fritekst: t.fritekst, person: { fodselsnummer: syntetiskFnr(), navn: 'Per Bortreist', adresse: 'Storgata 1, 8380 Ramberg', maalform: m } });
        await api.http.post(`/api/v1/soknader/${avvis.id}/handlinger`).set(auth(sb)).send({ handling: 'avvis', versjon: 1, kommentar: t.begrunnelse }).expect(200);
        expect((await brev(t.kommune, { soknadId: avvis.id, brevtype: 'soknad_avvist' })).tekst).toContain(t.begrunnelse);

        const sak = await kartlagtSak(sb, m, ['praktisk-bistand']);
        const v = await fatt(sb, m, sak.id, [{ tjenestekode: 'praktisk-bistand', utfall: 'innvilget', omfang: 4 }]);
        for (const utfall of ['avvist', 'trukket'] as const) {
          const versjon = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.versjon;
          const k = await api.http.post(`/api/v1/soknader/${sak.id}/klage`).set(auth(sb)).send({ vedtakId: v.id, mottattDato: idag, begrunnelse: 'Eg er ueinig.', versjon });
          expect(k.status).toBe(201);
          await api.http.post(`/api/v1/klager/${k.body.id}/avslutning`).set(auth(sb)).send({ utfall, begrunnelse: t.begrunnelse, versjon: 1 }).expect(200);
          expect((await brev(t.kommune, { klageId: k.body.id })).brevtype).toBe(`klage_${utfall}`);
        }
      });
    });
  }

  it('an interim reply goes out three weeks after receipt at the latest, in nynorsk with this case\'s reason and the expected date', async () => {
    const sb = await lagBruker('saksbehandler', [FLAKSTAD]);
    const sak = await registrerSoknad(api, sb, FLAKSTAD, { mottattDato: om(-22), tjenester: ['praktisk-bistand'], fritekst: SPRAAK.nn.fritekst, person: { fodselsnummer: syntetiskFnr(), navn: 'Olav Venting', adresse: 'Storgata 1, 8380 Ramberg', maalform: 'nn' } });
    const { ForeloepigSvarService } = await import('../../libs/brevproduksjon/src/foreloepig-svar.service.js');
    await worker.app!.get(ForeloepigSvarService).kjor();
    const b = await brev(FLAKSTAD, { soknadId: sak.id, brevtype: 'foreloepig_svar' });
    expect(b.tekst).toContain('Grunnen er: Vi har ikkje fått kartlagt behovet ditt ferdig enno.');
    // Its due date (28 days) is too close to promise: two weeks from today.
    expect(b.tekst).toContain(`Vi reknar med å gi deg svar innan ${formaterDato(om(14))}.`);
  });

  it('an interim reply for a case waiting for information says what it waits for and answers after the reply deadline', async () => {
    const sb = await lagBruker('saksbehandler', [FLAKSTAD]);
    const sak = await registrerSoknad(api, sb, FLAKSTAD, { mottattDato: om(-22), tjenester: ['praktisk-bistand'], fritekst: SPRAAK.nn.fritekst, person: { fodselsnummer: syntetiskFnr(), navn: 'Olav Venting', adresse: 'Storgata 1, 8380 Ramberg', maalform: 'nn' } });
    const trengs = 'Fråsegn frå fastlegen om helsa di';
    await api.http.post(`/api/v1/soknader/${sak.id}/innhenting`).set(auth(sb)).send({ versjon: 1, opplysninger: [trengs], svarfrist: om(20) }).expect(200);
    const { ForeloepigSvarService } = await import('../../libs/brevproduksjon/src/foreloepig-svar.service.js');
    await worker.app!.get(ForeloepigSvarService).kjor();
    const b = await brev(FLAKSTAD, { soknadId: sak.id, brevtype: 'foreloepig_svar' });
    expect(b.tekst).toContain(`Grunnen er: Vi ventar på opplysningar vi har bede om: ${trengs}. Svarfristen er ${formaterDato(om(20))}.`);
    // Two weeks after the reply deadline, not before.
    expect(b.tekst).toContain(`Vi reknar med å gi deg svar innan ${formaterDato(om(34))}.`);
  });

  it('a caseworker sends the interim reply early with the reason chosen and the expected date; the case gets only one', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await registrerSoknad(api, sb, VAGAN, { tjenester: ['hjemmesykepleie'], fritekst: SPRAAK.nb.fritekst, person: { fodselsnummer: syntetiskFnr(), navn: 'Per Kø', adresse: 'Storgata 1, 8300 Svolvær', maalform: 'nb' } });
    const ugyldig = await api.http.post(`/api/v1/soknader/${sak.id}/foreloepig-svar`).set(auth(sb)).send({ versjon: 1, grunn: 'innhenting', forventetSvardato: idag });
    expect(ugyldig.status).toBe(400);
    expect(ugyldig.body.errors.map((e: { field: string }) => e.field)).toEqual(['forventetSvardato']);
    const utenInnhenting = await api.http.post(`/api/v1/soknader/${sak.id}/foreloepig-svar`).set(auth(sb)).send({ versjon: 1, grunn: 'innhenting' });
    expect(utenInnhenting.status).toBe(400);
    expect(utenInnhenting.body.errors).toEqual([expect.objectContaining({ field: 'grunn' })]);
    const ukjent = await api.http.post(`/api/v1/soknader/${sak.id}/foreloepig-svar`).set(auth(sb)).send({ versjon: 1, grunn: 'ferie' });
    expect(ukjent.status).toBe(400);
    expect(ukjent.body.errors).toEqual([expect.objectContaining({ field: 'grunn', message: expect.stringContaining('saksmengde') })]);

    const sendt = await api.http.post(`/api/v1/soknader/${sak.id}/foreloepig-svar`).set(auth(sb)).send({ versjon: 1, grunn: 'saksmengde', forventetSvardato: om(45) });
    expect(sendt.status).toBe(200);
    expect(sendt.body).toMatchObject({ forelopigSvarDato: idag, versjon: 2 });
    const b = await brev(VAGAN, { soknadId: sak.id, brevtype: 'foreloepig_svar' });
    expect(b.tekst).toContain('Grunnen er: Vi har mange saker til behandling nå, og saken din står i kø.');
    expect(b.tekst).toContain(`Vi regner med å gi deg svar innen ${formaterDato(om(45))}.`);
    const igjen = await api.http.post(`/api/v1/soknader/${sak.id}/foreloepig-svar`).set(auth(sb)).send({ versjon: 2, grunn: 'utredning' });
    expect(igjen.status).toBe(409);
    const { ForeloepigSvarService } = await import('../../libs/brevproduksjon/src/foreloepig-svar.service.js');
    await worker.app!.get(ForeloepigSvarService).kjor(om(30));
    const antall = await queryForKommuner<{ n: string }>([VAGAN], `select count(*) as n from brev where soknad_id = $1 and brevtype = 'foreloepig_svar'`, [sak.id]);
    expect(Number(antall[0]!.n)).toBe(1);
  });

  it('a running service stopped against the person\'s wish: an advance notice letter with the deadline to comment, then a decision whose letter says what it changes and from when', async () => {
    const sb = await lagBruker('saksbehandler', [FLAKSTAD]);
    const sak = await kartlagtSak(sb, 'nn', ['praktisk-bistand']);
    const forste = await fatt(sb, 'nn', sak.id, [{ tjenestekode: 'praktisk-bistand', utfall: 'innvilget', omfang: 4 }]);
    const versjon = (await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb))).body.versjon;
    const rev = await api.http.post(`/api/v1/soknader/${sak.id}/handlinger`).set(auth(sb)).send({ handling: 'revurder', versjon, kommentar: 'Ny vurdering' });
    expect(rev.status).toBe(200);
    const endring = 'Du klarer no husarbeidet sjølv etter opptreninga, og vi vurderer difor å stanse den praktiske bistanden.';
    const varsel = await api.http.post(`/api/v1/soknader/${sak.id}/forhandsvarsel`).set(auth(sb)).send({ versjon: rev.body.versjon, vedtakId: forste.id, endring, virkningsdato: om(30), uttalelsesfrist: om(10) });
    expect(varsel.status).toBe(200);
    const vb = await brev(FLAKSTAD, { soknadId: sak.id, brevtype: 'forhandsvarsel' });
    expect(vb.tittel).toBe('Førehandsvarsel: vi vurderer å endre vedtaket ditt');
    expect(vb.tekst).toContain(`Vi vurderer å endre vedtaket ditt frå ${formaterDato(idag)}. Endringa vil i så fall gjelde frå ${formaterDato(om(30))}.`);
    expect(vb.tekst).toContain(endring);
    expect(vb.tekst).toContain(`Du kan uttale deg om dette innan ${formaterDato(om(10))}`);
    expect(vb.tekst).toContain('forvaltningslova § 16');
    // The deadline to comment has run out (as if ten days had passed).
    await queryForKommuner([FLAKSTAD], `update soknad set forhandsvarsel = jsonb_set(forhandsvarsel, '{uttalelsesfrist}', to_jsonb($2::text)) where id = $1`, [sak.id, om(-1)]);
    const stans = await api.http
      .post(`/api/v1/soknader/${sak.id}/vedtak`)
      .set(auth(sb))
      .send({
        versjon: varsel.body.versjon,
        erstatterVedtakId: forste.id,
        virkningsdato: om(14),
        vurdering: SPRAAK.nn.vurdering,
        innhentedeOpplysninger: [SPRAAK.nn.opplysninger],
        tjenester: [{ tjenestekode: 'praktisk-bistand', utfall: 'avslag', avvikKategori: 'helsetilstand_endret', avvikBegrunnelse: SPRAAK.nn.avvik, begrunnelse: SPRAAK.nn.begrunnelse }],
      });
    expect(stans.status).toBe(201);
    const b = await brev(FLAKSTAD, { vedtakId: stans.body.id });
    expect(b.brevtype).toBe('vedtak_avslag');
    expect(b.tekst).toContain(`Dette vedtaket endrar vedtaket ditt frå ${formaterDato(idag)}. Endringa gjeld frå ${formaterDato(om(14))}.`);
    for (const s of SPRAAK.nn.rett) expect(b.tekst).toContain(s);
    expect(b.tekst).toContain('utsett iverksetjing');
  });

  it('omsorgsbolig is decided on the discretionary path: no criteria, the caseworker\'s reasons required, the municipality\'s complaint route', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await kartlagtSak(sb, 'nb', ['omsorgsbolig']);
    const anb = await api.http.get(`/api/v1/soknader/${sak.id}/anbefaling`).set(auth(sb));
    expect(anb.status).toBe(200);
    expect(anb.body.anbefalinger).toEqual([expect.objectContaining({ tjenestekode: 'omsorgsbolig', utfall: null, skjonnsmessig: true, begrunnelser: [] })]);

    const uten = await api.http
      .post(`/api/v1/soknader/${sak.id}/vedtak`)
      .set(auth(sb))
      .send({ versjon: 2, innhentedeOpplysninger: [SPRAAK.nb.opplysninger], tjenester: [{ tjenestekode: 'omsorgsbolig', utfall: 'avslag' }] });
    expect(uten.status).toBe(400);
    expect(uten.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['tjenester[0].begrunnelse', 'vurdering']);

    const v = await fatt(sb, 'nb', sak.id, [{ tjenestekode: 'omsorgsbolig', utfall: 'avslag' }]);
    const b = await brev(VAGAN, { vedtakId: v.id });
    expect(b.brevtype).toBe('vedtak_avslag');
    for (const s of SPRAAK.nb.skjonn) expect(b.tekst).toContain(s);
    for (const s of SPRAAK.nb.ikkeRett) expect(b.tekst).not.toContain(s);
    expect(b.tekst).toContain('Omsorgsbolig uten heldøgns bemanning: Avslått');
    expect(b.tekst).toContain('boligsosialloven');
    expect(b.tekst).toContain(SPRAAK.nb.begrunnelse);
    const vedtak = (await api.http.get(`/api/v1/vedtak/${v.id}`).set(auth(sb))).body;
    expect(vedtak.tjenester[0]).toMatchObject({ anbefaltUtfall: 'avslag', avviker: false });
  });

  it('a representative with an address receives the letter, with the party named (fvl. § 12)', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await kartlagtSak(sb, 'nb', ['hjemmesykepleie'], { representant: { navn: 'Lise Verge', rolle: 'verge', adresse: 'Vergeveien 2, 8373 Ballstad' } });
    const b = await brev(VAGAN, { vedtakId: (await fatt(sb, 'nb', sak.id, [{ tjenestekode: 'hjemmesykepleie', utfall: 'avslag' }])).id });
    // The address block sits beside the case number, so the columns interleave in the extracted text.
    expect(b.tekst).toMatch(/Lise Verge .*Vergeveien 2 .*8373 Ballstad .*Saken gjelder: Kari Kvalnes/);
    expect(b.tekst).not.toContain('Fiskergata 3');
    expect(b.tekst).toContain('Saken gjelder: Kari Kvalnes');
    expect(b.tekst).toContain('Kopi til: Kari Kvalnes');
  });

  it('a nynorsk decision that follows the criteria prints their reasons and the set\'s name in nynorsk', async () => {
    const sb = await lagBruker('saksbehandler', [FLAKSTAD]);
    const sak = await kartlagtSak(sb, 'nn', ['praktisk-bistand', 'hjemmesykepleie']);
    const anb = (await api.http.get(`/api/v1/soknader/${sak.id}/anbefaling`).set(auth(sb)).expect(200)).body as { anbefalinger: { tjenestekode: string; utfall: string; omfang: { min: number } | null; begrunnelser: { tekst: string; tekstNn: string }[] }[]; vurderingsutkast: string };
    const avslag = anb.anbefalinger.find((a) => a.utfall === 'avslag')!;
    expect(avslag.tjenestekode).toBe('hjemmesykepleie');
    // The caseworker adopts the recommendation as it stands: no own assessment, no own reason for the refusal.
    const v = await api.http
      .post(`/api/v1/soknader/${sak.id}/vedtak`)
      .set(auth(sb))
      .send({
        versjon: 2,
        innhentedeOpplysninger: [SPRAAK.nn.opplysninger],
        tjenester: anb.anbefalinger.map((a) => ({ tjenestekode: a.tjenestekode, utfall: a.utfall, ...(a.omfang ? { omfang: a.omfang.min } : {}), ...(a.utfall === 'avslag' ? {} : { startdato: om(7), evalueringsdato: om(180) }) })),
      });
    expect(v.status).toBe(201);
    const b = await brev(FLAKSTAD, { vedtakId: v.body.id });
    for (const a of anb.anbefalinger) {
      expect(b.tekst).toContain(flat(a.begrunnelser[0]!.tekstNn));
      expect(b.tekst).not.toContain(flat(a.begrunnelser[0]!.tekst));
    }
    expect(anb.vurderingsutkast).toContain(avslag.begrunnelser[0]!.tekstNn);
    expect(b.tekst).toContain(SPRAAK.nn.kriterier);
    expect(b.tekst).not.toContain('tildelingskriterier for helse- og omsorgstjenester');
  });

  it('no nynorsk letter, of any type ordered above, has a bokmål-only word', () => {
    const typer = new Set([...nynorsk.keys()].map((k) => k.split(':')[0]));
    expect([...typer].sort()).toEqual(['foreloepig_svar', 'forhandsvarsel', 'innhenting_opplysninger', 'klage_avvist', 'klage_oversendt', 'klage_trukket', 'soknad_avvist', 'trukket', 'vedtak_avslag', 'vedtak_delvis_innvilget', 'vedtak_innvilget', 'vedtak_venteliste']);
    const funn = [...nynorsk].flatMap(([k, tekst]) => bokmaalFunn(tekst).map((f) => `${k.split(':')[0]}: ${f}`));
    expect(funn).toEqual([]);
  });
});
