import { auth, medApiOgWorker, lagBruker, MOSKENES, vent, VAGAN } from '../support/harness.js';
import { iplos, kartleggingBody, registrerSoknad } from '../support/factories.js';
import { lesPdf } from '../support/pdf.js';

const om = (dager: number) => new Date(Date.now() + dager * 86400_000).toISOString().slice(0, 10);

describe('from application to archived letter (api and worker together)', () => {
  const { api } = medApiOgWorker();

  it('registration, assessment, recommendation, decision → a legally complete PDF/A letter', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN], 'Siri Saksbehandler');
    const sak = await registrerSoknad(api, sb, VAGAN, { tjenester: ['praktisk-bistand'], person: { fodselsnummer: (await import('../support/factories.js')).syntetiskFnr('1944-06-01'), navn: 'Ánde Čuđe', adresse: 'Storgata 1, 8300 Svolvær' } });
    await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(1, { iplos: iplos(2, { alminneligHusarbeid: 4, skaffeVarerOgTjenester: 4, lageMat: 3 }) })).expect(201);

    const anb = await api.http.get(`/api/v1/soknader/${sak.id}/anbefaling`).set(auth(sb));
    expect(anb.status).toBe(200);
    const pb = anb.body.anbefalinger.find((a: { tjenestekode: string }) => a.tjenestekode === 'praktisk-bistand');
    expect(pb.begrunnelser.length).toBeGreaterThan(0);
    expect(anb.body.kriteriesett.versjon).toBe(1);
    expect(anb.body.vurderingsutkast).toContain(pb.begrunnelser[0].tekst);

    const omfang = pb.omfang ? pb.omfang.min : null;
    const res = await api.http.post(`/api/v1/soknader/${sak.id}/vedtak`).set(auth(sb)).send({
      versjon: 2,
      tjenester: [{ tjenestekode: 'praktisk-bistand', utfall: pb.utfall, ...(omfang !== null ? { omfang } : {}), innhold: 'Rengjøring hver tredje uke.', startdato: om(7), evalueringsdato: om(180) }],
      innhentedeOpplysninger: ['Opplysninger fra fastlegen'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'vedtatt', kreverGodkjenning: false, kriteriesett: { versjon: 1 }, paaVegneAv: 'Vågan kommune, ved Felles tildelingskontor Lofoten' });

    const brev = await vent(async () => {
      const v = await api.http.get(`/api/v1/vedtak/${res.body.id}`).set(auth(sb));
      return v.body.brev?.[0]?.status === 'sendt' ? v.body.brev[0] : null;
    });
    expect(brev.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(brev.rendererVersjon).toMatch(/^tk-brev\//);

    const pdfRes = await api.http.get(`/api/v1/vedtak/${res.body.id}/brev`).set(auth(sb)).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(pdfRes.status).toBe(200);
    expect(pdfRes.headers['content-type']).toBe('application/pdf');
    const pdf = lesPdf(pdfRes.body as Buffer);
    const tekst = pdf.tekst.replace(/\s+/g, ' ');
    expect(tekst).toContain('Vågan kommune, ved Felles tildelingskontor Lofoten');
    expect(tekst).toContain(sak.saksnummer);
    expect(tekst).toMatch(/innvilget|delvis innvilget|avslag/i);
    if (omfang !== null) expect(tekst).toContain(`${String(omfang).replace('.', ',')} time`);
    expect(tekst).toContain('§ 3-2');
    expect(tekst).toMatch(/versjon 1/i);
    expect(tekst).toMatch(/4 uker/);
    expect(tekst).toContain('Statsforvalteren i Nordland');
    expect(tekst).toMatch(/forvaltningsloven § 18/);
    expect(tekst).toContain('Ánde Čuđe');
    expect(pdf.fonter.split('\n').slice(2).filter((l) => l.trim()).every((l) => / yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/.test(l) || /\byes\b.*\byes\b/.test(l))).toBe(true);
    expect(pdf.fonter).not.toMatch(/Helvetica/);
    expect(pdf.qpdfOk).toBe(true);
    expect(pdf.xmp).toMatch(/pdfaid:part[^0-9]*2/);
    expect(pdf.xmp).toMatch(/pdfaid:conformance[^A-Z]*B/);
  });

  it('the letter can be previewed before the decision: nothing is stored, and the sent letter says what the preview said', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN], 'Siri Saksbehandler');
    const annen = await lagBruker('saksbehandler', [MOSKENES]);
    const sak = await registrerSoknad(api, sb, VAGAN, { tjenester: ['praktisk-bistand'] });
    await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(1, { iplos: iplos(3) })).expect(201);
    const linje = { tjenestekode: 'praktisk-bistand', utfall: 'innvilget', omfang: 4, innhold: 'Rengjøring og innkjøp.', startdato: om(7), evalueringsdato: om(180), avvikKategori: 'individuell_vurdering', avvikBegrunnelse: 'Begrunnet avvik.' };
    const body = { versjon: 2, innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren'], tjenester: [linje], vurdering: 'Du får hjelp til rengjøring og innkjøp fordi du ikke klarer det selv.' };

    const visning = await api.http.post(`/api/v1/soknader/${sak.id}/vedtak/forhandsvisning`).set(auth(sb)).send(body);
    expect(visning.status).toBe(200);
    expect(visning.body).toMatchObject({ brevtype: 'vedtak_innvilget', maalform: 'nb', avsender: 'Vågan kommune, ved Felles tildelingskontor Lofoten', merknad: expect.stringMatching(/^Forhåndsvisning/) });
    expect(visning.body.tekst).toContain('4 timer per uke');
    expect(visning.body.tekst).toContain('Du får hjelp til rengjøring og innkjøp');
    expect(visning.body.tekst).toContain('Statsforvalteren i Nordland');

    // Nothing stored: the case keeps its version and status, and has no decision.
    const etter = await api.http.get(`/api/v1/soknader/${sak.id}`).set(auth(sb));
    expect(etter.body).toMatchObject({ versjon: 2, status: 'under_kartlegging' });
    expect(etter.body.vedtak ?? []).toEqual([]);

    const ugyldig = await api.http.post(`/api/v1/soknader/${sak.id}/vedtak/forhandsvisning`).set(auth(sb)).send({ ...body, tjenester: [{ ...linje, startdato: undefined }] });
    expect(ugyldig.status).toBe(400);
    expect(ugyldig.body.errors).toEqual([expect.objectContaining({ field: 'tjenester[0].startdato' })]);
    expect((await api.http.post(`/api/v1/soknader/${sak.id}/vedtak/forhandsvisning`).set(auth(annen)).send(body)).status).toBe(404);

    const vedtak = await api.http.post(`/api/v1/soknader/${sak.id}/vedtak`).set(auth(sb)).send(body).expect(201);
    await vent(async () => (await api.http.get(`/api/v1/vedtak/${vedtak.body.id}`).set(auth(sb))).body.brev?.[0]?.status === 'sendt');
    const pdfRes = await api.http.get(`/api/v1/vedtak/${vedtak.body.id}/brev`).set(auth(sb)).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    const utenMellomrom = (t: string) => t.replace(/\s+/g, '');
    const pdfTekst = utenMellomrom(lesPdf(pdfRes.body as Buffer).tekst);
    for (const seksjon of visning.body.seksjoner as { overskrift: string; tekst: string }[]) {
      expect(pdfTekst).toContain(utenMellomrom(seksjon.overskrift));
    }
    const vedtaksseksjon = (visning.body.seksjoner as { id: string; tekst: string }[]).find((x) => x.id === 'vedtak')!;
    expect(pdfTekst).toContain(utenMellomrom(vedtaksseksjon.tekst));
  });

  it('four-eyes: a draft waits for another caseworker; the author cannot approve (403); the letter comes after approval', async () => {
    const forfatter = await lagBruker('saksbehandler', [MOSKENES], 'Forfatter');
    const godkjenner = await lagBruker('leder', [MOSKENES], 'Leder');
    const sak = await registrerSoknad(api, forfatter, MOSKENES, { tjenester: ['langtidsopphold'] });
    await api.http
      .post(`/api/v1/soknader/${sak.id}/kartlegging`)
      .set(auth(forfatter))
      .send(kartleggingBody(1, { iplos: iplos(4), kognitivSvikt: true, utryggUtenHeldognstilbud: true, hjelpFraFamilie: 'ingen' }))
      .expect(201);
    const anb = (await api.http.get(`/api/v1/soknader/${sak.id}/anbefaling`).set(auth(forfatter))).body.anbefalinger[0];
    const utfall = anb.utfall;
    const linje = { tjenestekode: 'langtidsopphold', utfall, ...(utfall === 'innvilget' ? { startdato: om(14), evalueringsdato: om(365) } : {}) };
    const utkast = await api.http.post(`/api/v1/soknader/${sak.id}/vedtak`).set(auth(forfatter)).send({ versjon: 2, innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren'], tjenesterIMellomtiden: [{ tjeneste: 'Helsetjenester i hjemmet', omfang: 'To besøk hver dag' }], tjenester: [linje] });
    expect(utkast.status).toBe(201);
    expect(utkast.body).toMatchObject({ status: 'utkast', kreverGodkjenning: true, brev: [] });
    const ikkeKlart = await api.http.get(`/api/v1/vedtak/${utkast.body.id}/brev`).set(auth(forfatter));
    expect(ikkeKlart.status).toBe(409);
    expect(ikkeKlart.body.detail).toMatch(/utkast som venter på godkjenning/);

    const selv = await api.http.post(`/api/v1/vedtak/${utkast.body.id}/godkjenning`).set(auth(forfatter));
    expect(selv.status).toBe(403);
    expect(selv.body.detail).toMatch(/kan derfor ikke godkjenne/);

    const ok = await api.http.post(`/api/v1/vedtak/${utkast.body.id}/godkjenning`).set(auth(godkjenner));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'vedtatt', vedtattAvNavn: 'Leder', utkastAvNavn: 'Forfatter' });
    await vent(async () => (await api.http.get(`/api/v1/vedtak/${utkast.body.id}`).set(auth(godkjenner))).body.brev?.[0]?.status === 'sendt');
    const pdf = await api.http.get(`/api/v1/vedtak/${utkast.body.id}/brev`).set(auth(godkjenner));
    expect(pdf.status).toBe(200);
  });

  it('a deviation from the recommendation needs a written justification (400 naming the field)', async () => {
    const sb = await lagBruker('saksbehandler', [VAGAN]);
    const sak = await registrerSoknad(api, sb, VAGAN, { tjenester: ['praktisk-bistand'] });
    await api.http.post(`/api/v1/soknader/${sak.id}/kartlegging`).set(auth(sb)).send(kartleggingBody(1, { iplos: iplos(1) })).expect(201);
    const anb = (await api.http.get(`/api/v1/soknader/${sak.id}/anbefaling`).set(auth(sb))).body.anbefalinger[0];
    const motsatt = anb.utfall === 'avslag' ? { utfall: 'innvilget', omfang: 3, startdato: om(1), evalueringsdato: om(90) } : { utfall: 'avslag' };
    const uten = await api.http.post(`/api/v1/soknader/${sak.id}/vedtak`).set(auth(sb)).send({ versjon: 2, innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren'], tjenester: [{ tjenestekode: 'praktisk-bistand', ...motsatt }] });
    expect(uten.status).toBe(400);
    expect(uten.body.errors).toEqual([expect.objectContaining({ field: 'tjenester[0].avvikBegrunnelse', message: expect.stringMatching(/avviker fra kriterienes anbefaling/) })]);
    const med = await api.http
      .post(`/api/v1/soknader/${sak.id}/vedtak`)
      .set(auth(sb))
      .send({ versjon: 2, innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren'], tjenester: [{ tjenestekode: 'praktisk-bistand', ...motsatt, avvikKategori: 'individuell_vurdering', avvikBegrunnelse: 'Nylig utskrevet; trenger hjelp i en overgangsperiode.' }] });
    expect(med.status).toBe(201);
    expect(med.body.tjenester[0]).toMatchObject({ avviker: true, avvikKategori: 'individuell_vurdering', anbefaltUtfall: anb.utfall });
  });
});
