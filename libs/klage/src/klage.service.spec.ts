import { randomUUID } from 'node:crypto';
import { idagINorge, klagefrist, lagSyntetiskFodselsnummer } from '../../domain/index.js';
import { BrevEntity, KlageEntity, VedtakEntity, VedtakslinjeEntity, type TenantManager } from '../../persistence/index.js';
import { FalskSoknadRepository, LEDER, falskBrevbestilling, falskReferanse, feilFra, lagSaksbehandling, type Brevbestilling, type Kartotek } from '../../saksbehandling/src/testhjelp.js';
import type { KlageRepository } from './klage.repository.js';
import { KlageService, type KlageInput } from './klage.service.js';

/*
 * Complaint rules as the office meets them, against in-memory repositories: the deadline and the route follow
 * from the decided services' legal regime, a late complaint waits for an explicit decision to take it up, the
 * office re-assesses before anything goes to Statsforvalteren, and each step orders its letter.
 */

class FalskKlageRepository implements Record<keyof KlageRepository, unknown> {
  constructor(private readonly k: Kartotek) {}

  async hent(_tm: TenantManager, id: string): Promise<KlageEntity> {
    return { ...this.k.klager.find((r) => r.id === id)! } as KlageEntity;
  }

  async opprett(_tm: TenantManager, felter: Partial<KlageEntity>): Promise<KlageEntity> {
    const klage = Object.assign(new KlageEntity(), {
      id: randomUUID(),
      versjon: 1,
      opprettet: new Date(),
      fristoppreisningDato: null,
      fristoppreisningBegrunnelse: null,
      kontoretsVurdering: null,
      oversendtDato: null,
      statsforvalterensUtfall: null,
      avsluttetDato: null,
      avslutningsgrunn: null,
      ...felter,
    });
    this.k.klager.push(klage);
    return { ...klage } as KlageEntity;
  }

  async oppdater(_tm: TenantManager, id: string, endringer: Partial<KlageEntity>): Promise<void> {
    Object.assign(this.k.klager.find((r) => r.id === id)!, endringer);
  }

  async oppdaterVedVersjon(_tm: TenantManager, id: string, versjon: number, endringer: Partial<KlageEntity>): Promise<boolean> {
    const klage = this.k.klager.find((r) => r.id === id && r.versjon === versjon);
    if (klage) Object.assign(klage, endringer);
    return !!klage;
  }

  async vedtak(_tm: TenantManager, vedtakId: string): Promise<VedtakEntity> {
    return this.k.vedtak.find((v) => v.id === vedtakId)!;
  }

  async vedtaketsTjenestekoder(_tm: TenantManager, vedtakId: string): Promise<string[]> {
    return this.k.vedtakslinjer.filter((l) => l.vedtakId === vedtakId).map((l) => l.tjenestekode);
  }

  async vedtaksbrev(_tm: TenantManager, vedtakId: string): Promise<BrevEntity | null> {
    return this.k.brev.find((b) => b.vedtakId === vedtakId) ?? null;
  }
}

const VEDTAKSDATO = '2026-01-05';
const BREV_SENDT = '2026-01-06';

/** A case with a decision in force on `tjenester`, its letter sent the day after. */
async function medVedtak(tjenester: string[]) {
  const verden = lagSaksbehandling();
  const { kartotek: k, kontekst, tx, tilgang, audit, saksflyt, soknader } = verden;
  const sak = await soknader.registrer({
    kommunenummer: '1865',
    mottattDato: '2025-12-01',
    kanal: 'papir',
    sokerType: 'selv',
    tjenester,
    person: { fodselsnummer: lagSyntetiskFodselsnummer('1948-05-17', () => 0.3), navn: 'Kari Nordmann' },
  });
  Object.assign(k.soknader[0]!, { status: 'vedtatt', versjon: 5 });
  const vedtak = Object.assign(new VedtakEntity(), { id: randomUUID(), soknadId: sak.id, kommunenummer: '1865', status: 'vedtatt', vedtaksdato: VEDTAKSDATO });
  k.vedtak.push(vedtak);
  k.vedtakslinjer.push(...tjenester.map((tjenestekode) => Object.assign(new VedtakslinjeEntity(), { vedtakId: vedtak.id, tjenestekode, utfall: 'avslag' })));
  k.brev.push(Object.assign(new BrevEntity(), { id: randomUUID(), soknadId: sak.id, vedtakId: vedtak.id, brevtype: 'vedtak', sendtDato: BREV_SENDT, opprettet: new Date() }));
  const bestilt: Brevbestilling[] = [];
  const klager = new KlageService(tx, kontekst, tilgang, audit, saksflyt, falskBrevbestilling(bestilt), falskReferanse, new FalskKlageRepository(k) as unknown as KlageRepository, new FalskSoknadRepository(k));
  const input = (endringer: Partial<KlageInput> = {}): KlageInput => ({ vedtakId: vedtak.id, mottattDato: '2026-01-20', begrunnelse: 'Jeg trenger mer hjelp.', versjon: 5, ...endringer });
  return { ...verden, sak, vedtak, klager, bestilt, input };
}

describe('registering a complaint', () => {
  it('on a decision about a right: four weeks from when the letter reached the person, to Statsforvalteren', async () => {
    const { klager, kartotek, input } = await medVedtak(['hjemmesykepleie']);
    const klage = await klager.registrer(kartotek.soknader[0]!.id, input());
    expect(klage).toMatchObject({ kjentDato: BREV_SENDT, klagefrist: klagefrist(BREV_SENDT, { dager: 28 }), innenFrist: true, klagevei: 'statsforvalteren', status: 'mottatt', merknad: null, soknadVersjon: 6 });
    expect(kartotek.soknader[0]!.status).toBe('klage_mottatt');
    expect(kartotek.tilgangslogg.at(-1)).toMatchObject({ handling: 'opprett', ressurs: 'klage', ressursId: klage.id, formaal: 'klagebehandling' });
  });

  it('on a wholly discretionary decision: three weeks, to the municipality’s complaint body', async () => {
    const { klager, kartotek, input } = await medVedtak(['trygghetsalarm']);
    const klage = await klager.registrer(kartotek.soknader[0]!.id, input());
    expect(klage).toMatchObject({ klagevei: 'kommunen', klagefrist: klagefrist(BREV_SENDT, { dager: 21 }) });
  });

  it('on a decision with both: a complaint in time for the right is in time', async () => {
    const { klager, kartotek, input } = await medVedtak(['trygghetsalarm', 'hjemmesykepleie']);
    const klage = await klager.registrer(kartotek.soknader[0]!.id, input({ mottattDato: klagefrist(BREV_SENDT, { dager: 28 }) }));
    expect(klage).toMatchObject({ klagevei: 'statsforvalteren', innenFrist: true });
  });

  it('marks a late complaint and says what the office may do with it', async () => {
    const { klager, kartotek, input } = await medVedtak(['hjemmesykepleie']);
    const klage = await klager.registrer(kartotek.soknader[0]!.id, input({ mottattDato: '2026-03-20' }));
    expect(klage.innenFrist).toBe(false);
    expect(klage.merknad).toMatch(/^Klagen kom etter klagefristen\. Kontoret kan likevel ta den under behandling .*forvaltningsloven § 31/);
  });

  it('refuses a complaint dated before the decision, or on a decision of another case', async () => {
    const { klager, kartotek, input } = await medVedtak(['hjemmesykepleie']);
    const id = kartotek.soknader[0]!.id;
    expect(await feilFra(klager.registrer(id, input({ mottattDato: '2026-01-01' })))).toMatchObject({ kode: 'UGYLDIG_DATO', status: 400, felt: [{ field: 'mottattDato', message: 'Mottatt dato er før vedtaksdatoen.' }] });
    kartotek.vedtak[0]!.soknadId = randomUUID();
    expect(await feilFra(klager.registrer(id, input()))).toMatchObject({ kode: 'UGYLDIG_KLAGE', status: 409, felt: [{ field: 'vedtakId', message: 'Vedtaket er ikke fattet i denne saken.' }] });
    expect(kartotek.klager).toHaveLength(0);
  });

  it('is a caseworker’s task: a leader gets 403', async () => {
    const { klager, kartotek, kontekst, input } = await medVedtak(['hjemmesykepleie']);
    kontekst.bruker = LEDER;
    expect(await feilFra(klager.registrer(kartotek.soknader[0]!.id, input()))).toMatchObject({ kode: 'MANGLER_ROLLE', status: 403 });
  });
});

describe('the office’s assessment and Statsforvalteren', () => {
  it('assesses a late complaint only after deciding to take it up anyway (fvl. § 31)', async () => {
    const { klager, kartotek, input } = await medVedtak(['hjemmesykepleie']);
    const klage = await klager.registrer(kartotek.soknader[0]!.id, input({ mottattDato: '2026-03-20' }));
    const feil = await feilFra(klager.vurder(klage.id, { vurdering: 'opprettholdt', begrunnelse: 'Ingen nye opplysninger.', versjon: 1 }));
    expect(feil).toMatchObject({ kode: 'KLAGE_FOR_SEN', status: 409 });

    const tatt = await klager.taOppTrossFrist(klage.id, { begrunnelse: ' Søkeren lå på sykehus. ', versjon: 1 });
    expect(tatt).toMatchObject({ fristoppreisning: { dato: idagINorge(), begrunnelse: 'Søkeren lå på sykehus.' }, versjon: 2 });
    expect(tatt.merknad).toContain('Kontoret tok den likevel under behandling');
    const vurdert = await klager.vurder(klage.id, { vurdering: 'opprettholdt', begrunnelse: 'Ingen nye opplysninger.', versjon: 2 });
    expect(vurdert.status).toBe('oversendt');
  });

  it('takes up only a late complaint, once', async () => {
    const { klager, kartotek, input } = await medVedtak(['hjemmesykepleie']);
    const klage = await klager.registrer(kartotek.soknader[0]!.id, input());
    expect(await feilFra(klager.taOppTrossFrist(klage.id, { begrunnelse: 'x', versjon: 1 }))).toMatchObject({ kode: 'KLAGE_INNEN_FRIST', status: 409 });
  });

  it('upholds and forwards: the complaint and the case move on, and the forwarding letter is ordered', async () => {
    const { klager, kartotek, bestilt, input } = await medVedtak(['hjemmesykepleie']);
    const klage = await klager.registrer(kartotek.soknader[0]!.id, input());
    const svar = await klager.vurder(klage.id, { vurdering: 'opprettholdt', begrunnelse: 'Behovet er dekket.', versjon: 1 });
    expect(svar).toMatchObject({ status: 'oversendt', kontoretsVurdering: 'opprettholdt', oversendtDato: idagINorge(), versjon: 2 });
    expect(kartotek.soknader[0]!.status).toBe('oversendt_statsforvalteren');
    expect(bestilt).toEqual([expect.objectContaining({ brevtype: 'klage_oversendt', klageId: klage.id })]);
    expect(await feilFra(klager.vurder(klage.id, { vurdering: 'omgjort', begrunnelse: 'x', versjon: 2 }))).toMatchObject({ kode: 'KLAGE_VURDERT', status: 409 });
  });

  it('reverses: the case is «omgjort» for a new decision, and nothing is forwarded', async () => {
    const { klager, kartotek, bestilt, input } = await medVedtak(['hjemmesykepleie']);
    const klage = await klager.registrer(kartotek.soknader[0]!.id, input());
    const svar = await klager.vurder(klage.id, { vurdering: 'omgjort', begrunnelse: 'Nye opplysninger fra fastlegen.', versjon: 1 });
    expect(svar).toMatchObject({ status: 'omgjort', oversendtDato: null });
    expect(kartotek.soknader[0]!.status).toBe('omgjort');
    expect(bestilt).toHaveLength(0);
  });

  it('records Statsforvalteren’s outcome only for a forwarded complaint', async () => {
    const { klager, kartotek, input } = await medVedtak(['hjemmesykepleie']);
    const klage = await klager.registrer(kartotek.soknader[0]!.id, input());
    const feil = await feilFra(klager.statsforvalteren(klage.id, { utfall: 'stadfestet', dato: '2026-04-01', versjon: 1 }));
    expect(feil).toMatchObject({ kode: 'KLAGE_IKKE_OVERSENDT', status: 409 });
    await klager.vurder(klage.id, { vurdering: 'opprettholdt', begrunnelse: 'Behovet er dekket.', versjon: 1 });
    const avgjort = await klager.statsforvalteren(klage.id, { utfall: 'stadfestet', dato: '2026-04-01', versjon: 2 });
    expect(avgjort).toMatchObject({ status: 'avgjort', statsforvalterensUtfall: 'stadfestet' });
    expect(kartotek.soknader[0]!.status).toBe('statsforvalteren_avgjort');
  });

  it('refuses an outcome Statsforvalteren does not give, naming the allowed ones', async () => {
    const { klager, kartotek, input } = await medVedtak(['hjemmesykepleie']);
    const klage = await klager.registrer(kartotek.soknader[0]!.id, input());
    const feil = await feilFra(klager.statsforvalteren(klage.id, { utfall: 'kanskje' as never, dato: '2026-04-01', versjon: 1 }));
    expect(feil).toMatchObject({ kode: 'UGYLDIG_UTFALL', status: 400, felt: [expect.objectContaining({ field: 'utfall', message: expect.stringMatching(/^Må være en av: /) })] });
  });

  it('a withdrawal after forwarding: the decision stands, Statsforvalteren must be told, and a confirmation is ordered', async () => {
    const { klager, kartotek, bestilt, input } = await medVedtak(['hjemmesykepleie']);
    const klage = await klager.registrer(kartotek.soknader[0]!.id, input());
    await klager.vurder(klage.id, { vurdering: 'opprettholdt', begrunnelse: 'Behovet er dekket.', versjon: 1 });
    const trukket = await klager.avslutt(klage.id, { utfall: 'trukket', begrunnelse: 'Klageren trakk klagen på telefon.', versjon: 2 });
    expect(trukket).toMatchObject({ status: 'trukket', statsforvalterenMaaVarsles: true, avsluttetDato: idagINorge() });
    expect(bestilt.at(-1)).toMatchObject({ brevtype: 'klage_trukket', klageId: klage.id });
  });

  it('refuses a step at an old version of the complaint', async () => {
    const { klager, kartotek, input } = await medVedtak(['hjemmesykepleie']);
    const klage = await klager.registrer(kartotek.soknader[0]!.id, input());
    const feil = await feilFra(klager.vurder(klage.id, { vurdering: 'omgjort', begrunnelse: 'x', versjon: 7 }));
    expect(feil).toMatchObject({ kode: 'UTDATERT_VERSJON', status: 409 });
    expect(feil.melding).toContain('nå versjon 1');
  });
});
