import { randomUUID } from 'node:crypto';
import { DomeneFeil } from '../../domain/index.js';
import type { BrevEntity, BrevmalEntity, KommuneEntity, PersonEntity, Referansedata, SoknadEntity, TenantManager } from '../../persistence/index.js';
import { RequestContext } from '../../persistence/index.js';
import type { BrevRepository, NyttBrev } from './brev.repository.js';
import { BrevbestillingService, type Brevbestilling } from './brevbestilling.service.js';
import type { OutboxRepository, Utboksjobb } from './outbox.repository.js';

/*
 * Ordering a letter, against in-memory repositories: the letter row and its render job are stored together,
 * and a decision's letter exists once however often the approval that orders it is repeated.
 */

const tm = {} as TenantManager;
const VAGAN = '1865';

const kommune = {
  kommunenummer: VAGAN, navn: 'Vågan', maalform: 'nb', postadresse: 'Postboks 10, 8305 Svolvær', organisasjonsnummer: '940186666',
  telefon: '+47 76 06 60 00', epost: 'postmottak@vagan.kommune.no', klageadresse: 'Vågan kommune, Postboks 10, 8305 Svolvær',
} as unknown as KommuneEntity;

/** The database's unique indexes on letters, as the fake repository keeps them. */
class MinneBrev {
  readonly rader: BrevEntity[] = [];
  readonly personer = new Map<string, PersonEntity>();
  maler: BrevmalEntity[] = [{ id: 'mal-1', brevtype: 'vedtak_innvilget', maalform: 'nb', versjon: 3, status: 'publisert' } as BrevmalEntity];

  async hentPerson(_tm: TenantManager, id: string): Promise<PersonEntity> {
    return this.personer.get(id)!;
  }

  async nyestePubliserteMal(_tm: TenantManager, brevtype: string, maalform: string): Promise<BrevmalEntity | null> {
    return this.maler.filter((m) => m.brevtype === brevtype && m.maalform === maalform && m.status === 'publisert').sort((a, b) => b.versjon - a.versjon)[0] ?? null;
  }

  async bestill(_tm: TenantManager, b: NyttBrev): Promise<BrevEntity | null> {
    const finnes = this.rader.some((r) =>
      (b.vedtakId !== null && r.vedtakId === b.vedtakId && r.brevtype === b.brevtype && r.brevmalVersjon === b.brevmalVersjon) ||
      (b.brevtype === 'foreloepig_svar' && r.brevtype === 'foreloepig_svar' && r.soknadId === b.soknadId),
    );
    if (finnes) return null;
    const rad = { ...b, id: randomUUID(), status: 'bestilt' } as BrevEntity;
    this.rader.push(rad);
    return rad;
  }
}

class MinneOutbox {
  readonly rader: (Utboksjobb & { kommunenummer: string })[] = [];
  async leggTil(_tm: TenantManager, kommunenummer: string, jobb: Utboksjobb): Promise<void> {
    this.rader.push({ kommunenummer, ...jobb });
  }
}

const referanse = {
  kommune: async () => kommune,
  tjenestenavn: async () => (kode: string) => ({ hjemmesykepleie: 'Hjemmesykepleie' })[kode] ?? kode,
} as unknown as Referansedata;

const saksbehandler = { id: 'sb-1', navn: 'Siri Saksbehandler', roller: ['saksbehandler' as const], kommuner: [VAGAN] };

function oppsett(person: Partial<PersonEntity> = {}) {
  const brev = new MinneBrev();
  const outbox = new MinneOutbox();
  const context = new RequestContext();
  const tjeneste = new BrevbestillingService(context, referanse, brev as unknown as BrevRepository, outbox as unknown as OutboxRepository);
  const soknad = { id: randomUUID(), kommunenummer: VAGAN, personId: 'p-1', saksnummer: '2026-000042', saksbehandlerNavn: null, tjenester: ['hjemmesykepleie'], mottattDato: '2026-03-02' } as unknown as SoknadEntity;
  brev.personer.set('p-1', { id: 'p-1', navn: 'Kari Nordmann', adresse: 'Storgata 1, 8300 Svolvær', strengtFortrolig: false, maalform: null, representant: null, ...person } as PersonEntity);
  const vedtaksbrev = (vedtakId: string): Brevbestilling => ({ soknad, brevtype: 'vedtak_innvilget', vedtakId, dato: '2026-03-20', innhold: {} });
  const som = <T>(fn: () => Promise<T>) => context.kjorSom(saksbehandler, fn);
  return { brev, outbox, tjeneste, soknad, vedtaksbrev, som };
}

describe('ordering a letter', () => {
  it('orders a decision’s letter exactly once, with one render job, however often the approval is repeated', async () => {
    const { brev, outbox, tjeneste, vedtaksbrev, som } = oppsett();
    const vedtakId = randomUUID();
    const forste = await som(() => tjeneste.bestill(tm, vedtaksbrev(vedtakId)));
    const andre = await som(() => tjeneste.bestill(tm, vedtaksbrev(vedtakId)));

    expect(forste).toMatchObject({ vedtakId, brevtype: 'vedtak_innvilget', status: 'bestilt', brevmalVersjon: 3 });
    expect(andre).toBeNull();
    expect(brev.rader).toHaveLength(1);
    expect(outbox.rader).toEqual([{ kommunenummer: VAGAN, ko: 'brev', jobbnavn: 'render', jobbId: `brev-${forste!.id}`, payload: { brevId: forste!.id, kommunenummer: VAGAN } }]);
  });

  it('orders a second decision in the same case its own letter', async () => {
    const { brev, outbox, tjeneste, vedtaksbrev, som } = oppsett();
    await som(() => tjeneste.bestill(tm, vedtaksbrev(randomUUID())));
    await som(() => tjeneste.bestill(tm, vedtaksbrev(randomUUID())));
    expect(brev.rader).toHaveLength(2);
    expect(outbox.rader).toHaveLength(2);
  });

  it('refuses with a clear 409 when no template is published, and stores nothing', async () => {
    const { brev, outbox, tjeneste, vedtaksbrev, som } = oppsett();
    brev.maler = [];
    const feil = await som(() => tjeneste.bestill(tm, vedtaksbrev(randomUUID()))).catch((e: unknown) => e);
    expect(feil).toBeInstanceOf(DomeneFeil);
    expect((feil as DomeneFeil).status).toBe(409);
    expect((feil as DomeneFeil).message).toBe('Det finnes ingen publisert brevmal for vedtak_innvilget (nb).');
    expect(brev.rader).toEqual([]);
    expect(outbox.rader).toEqual([]);
  });

  it('addresses the letter to the person, but never prints a protected address', async () => {
    const vanlig = oppsett();
    const brev = await vanlig.som(() => vanlig.tjeneste.bestill(tm, vanlig.vedtaksbrev(randomUUID())));
    expect(brev!.flettedata).toMatchObject({
      saksnummer: '2026-000042',
      part: { navn: 'Kari Nordmann', adresselinjer: ['Storgata 1', '8300 Svolvær'] },
      brevhode: { kommunenavn: 'Vågan', adresselinjer: ['Postboks 10', '8305 Svolvær'] },
      saksbehandler: { navn: 'Siri Saksbehandler' },
      soknad: { gjelder: 'hjemmesykepleie', mottattDato: '2026-03-02' },
    });

    const skjermet = oppsett({ strengtFortrolig: true });
    const skjermetBrev = await skjermet.som(() => skjermet.tjeneste.bestill(tm, skjermet.vedtaksbrev(randomUUID())));
    expect(skjermetBrev!.flettedata).toMatchObject({ part: { navn: 'Kari Nordmann', adresselinjer: null } });
    expect(JSON.stringify(skjermetBrev!.flettedata)).not.toContain('Storgata');
  });
});
