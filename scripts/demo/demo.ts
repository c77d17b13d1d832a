/**
 * The whole office at work in one command: a year's synthetic caseload through the real HTTP API and the
 * real worker, letters to `out/brev/<kommunenummer>/`, the leader's and the union's reports to
 * `out/rapporter/`. Every step checks its result; anything missing ends the run with a clear error.
 */
import 'reflect-metadata';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { startWorker } from '../../apps/worker/src/bootstrap.js';
import { signDevToken } from '../../libs/auth/src/token-verifier.js';
import { ForeloepigSvarService } from '../../libs/brevproduksjon/src/foreloepig-svar.service.js';
import type { Rolle } from '../../libs/domain/src/felles/typer.js';
import type { Klient } from '../../libs/klient/index.js';
import { Api, ApiFeil, parallelt, svar } from './http.js';
import { lagMiljo, type Demomiljo } from './miljo.js';
import { PLANTET_KOMMUNE, PLANTET_KOMMUNENAVN, TIMETJENESTER, vedtakslinjer, type PlantetStyrke } from './praksis.js';
import { lagSaksmengde, type Demosak, type Kommunegrunnlag } from './saksmengde.js';
import { idagINorge } from '../../libs/domain/src/frister/dato.js';

export interface Demovalg {
  antall: number;
  seed: number;
  httpParallell: number;
  ekstraWorkere: number;
  /** Extra API processes (the HTTP work is CPU-bound in the API). */
  ekstraApi: number;
  workerConcurrency: number;
  utmappe: string;
  brevTidsavbruddSek: number;
  /** Strength of the planted practice in Vågan (a small caseload needs a stronger one to be detectable). */
  plantet: PlantetStyrke;
  /** Draw progress bars (a terminal); otherwise one line per step. */
  fremdrift: boolean;
}

export interface Demoresultat {
  sekunder: number;
  steg: { navn: string; sekunder: number }[];
  saker: Record<string, number>;
  vedtak: { totalt: number; perUtfall: Record<string, number>; perKommune: Record<string, number>; avvik: number; fireOyne: number };
  brev: { totalt: number; perType: Record<string, number>; pdfFiler: number };
  foreloepigeSvar: number;
  klager: { registrert: number; oversendt: number; omgjort: number };
  /** Decision and forwarding letters checked; each count must be 0. */
  brevkontroll: { kontrollert: number; feilKlagevei: number; tommeLister: number; utkastKriterier: number };
  flagg: { kommunenummer: string; kommunenavn: string; tjenestekode: string | null; indikator: string; retning: string; tekst: string }[];
  filer: { brev: string; rapporter: string[] };
  aar: number;
}

export class DemoFeil extends Error {}

const KOMMUNER = ['1860', '1865', '1859', '1874'];
const TILDELER = ['innvilget', 'delvis_innvilget'];

interface Bruker {
  id: string;
  navn: string;
  /** The generated client, signed in as this user. */
  api: Klient;
}

async function bruker(http: Api, secret: string, id: string, navn: string, roller: Rolle[], kommuner: string[]): Promise<Bruker> {
  return { id, navn, api: http.som(await signDevToken({ sub: id, name: navn, roles: roller, kommuner, ttlSeconds: 4 * 3600 }, secret)) };
}

class Fremdrift {
  private bar: cliProgress.SingleBar | null = null;
  private start = 0;
  constructor(
    private readonly tegn: boolean,
    private readonly logg: (s: string) => void,
  ) {}

  begynn(navn: string, total: number, merknad = ''): void {
    this.start = Date.now();
    if (this.tegn) {
      this.bar = new cliProgress.SingleBar(
        { format: `${navn.padEnd(28)} [{bar}] {value}/{total} {percentage}% | {duration_formatted} | {info}`, hideCursor: true, clearOnComplete: false, barsize: 30 },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(total, 0, { info: merknad });
    } else {
      this.logg(`${navn}: ${total}${merknad ? ` (${merknad})` : ''} …`);
    }
  }

  oppdater(verdi: number, info = ''): void {
    this.bar?.update(verdi, { info });
  }

  slutt(navn: string, tekst: string): number {
    const sek = (Date.now() - this.start) / 1000;
    if (this.bar) {
      this.bar.stop();
      this.bar = null;
    }
    this.logg(`  ✓ ${navn}: ${tekst} (${sek.toFixed(1)} s)`);
    return sek;
  }
}

/** The letters of the demo's own cases (the database may hold other cases when DATABASE_URL is given), read as the application role with every municipality in the tenant setting. */
async function brevstatus(databaseUrl: string, soknadIder: string[]): Promise<{ id: string; kommunenummer: string; brevtype: string; status: string; feil: string | null }[]> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query('begin');
    await c.query(`select set_config('app.kommuner', $1, true)`, [KOMMUNER.join(',')]);
    const r = await c.query(`select id, kommunenummer, brevtype, status, feil from brev where soknad_id = any($1::uuid[])`, [soknadIder]);
    await c.query('commit');
    return r.rows;
  } finally {
    await c.end();
  }
}

/**
 * What a municipal lawyer would stop a letter for, counted over the demo's letters from their merge data:
 * a complaint route that contradicts the regime of the decided services (a right: Statsforvalteren, 4 weeks;
 * discretionary: the municipality's complaint body, 3 weeks), a list the letter introduces but leaves empty, and
 * criteria cited by a draft's name.
 */
async function brevkontroll(databaseUrl: string, soknadIder: string[]): Promise<Demoresultat['brevkontroll']> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query('begin');
    await c.query(`select set_config('app.kommuner', $1, true)`, [KOMMUNER.join(',')]);
    const r = await c.query<{ brevtype: string; flettedata: Record<string, unknown>; regimer: string[] }>(
      `select b.brevtype, b.flettedata, array_agg(t.rettsgrunnlag) as regimer
         from brev b
         left join klage k on k.id = b.klage_id
         join vedtakslinje vl on vl.vedtak_id = coalesce(b.vedtak_id, k.vedtak_id)
         join tjeneste t on t.kode = vl.tjenestekode
        where b.soknad_id = any($1::uuid[]) and (b.brevtype like 'vedtak_%' or b.brevtype = 'klage_oversendt')
        group by b.id, b.brevtype, b.flettedata`,
      [soknadIder],
    );
    await c.query('commit');
    const ut = { kontrollert: r.rows.length, feilKlagevei: 0, tommeLister: 0, utkastKriterier: 0 };
    const tom = (v: unknown) => !Array.isArray(v) || v.length === 0;
    for (const { brevtype, flettedata: d, regimer } of r.rows) {
      const forventet = [...new Set(regimer.map((x) => (x === 'skjonn' ? 'kommunen' : 'statsforvalteren')))].sort().join(',');
      const veier = (d.klageveier ?? []) as { statsforvalteren: unknown; kommunen: unknown }[];
      const faktisk = [...new Set(veier.map((v) => (v.kommunen ? 'kommunen' : v.statsforvalteren ? 'statsforvalteren' : '?')))].sort().join(',');
      if (faktisk !== forventet) ut.feilKlagevei++;
      if (brevtype === 'klage_oversendt') continue;
      const fakta = (d.fakta ?? {}) as Record<string, unknown>;
      const lister = [d.vedtak, d.regler, fakta.kartlagt, fakta.innhentedeOpplysninger, ...(brevtype === 'vedtak_venteliste' ? [d.tjenesterIMellomtiden] : [])];
      if (lister.some(tom)) ut.tommeLister++;
      if (/forslag|utkast|draft/i.test(String((d.kriterier as { navn?: string } | undefined)?.navn ?? ''))) ut.utkastKriterier++;
    }
    return ut;
  } finally {
    await c.end();
  }
}

/** Starts an extra API process and resolves with its port when it listens. */
function startEkstraApi(env: Record<string, string>, prosesser: ChildProcess[]): Promise<number> {
  const p = spawn(process.execPath, ['--no-warnings', '--import', '@swc-node/register/esm-register', 'scripts/demo/api.ts'], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
  prosesser.push(p);
  return new Promise((resolve, reject) => {
    let buf = '';
    p.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const linje = buf.split('\n').find((l) => l.startsWith('{"port"'));
      if (linje) resolve((JSON.parse(linje) as { port: number }).port);
    });
    p.once('exit', (kode) => reject(new DemoFeil(`Ekstra API-prosess stoppet (kode ${kode}) før den lyttet.`)));
  });
}

function startEkstraWorker(env: Record<string, string>, concurrency: number, relay: boolean): ChildProcess {
  return spawn(process.execPath, ['--no-warnings', '--import', '@swc-node/register/esm-register', 'scripts/demo/worker.ts'], {
    env: { ...process.env, ...env, DEMO_WORKER_CONCURRENCY: String(concurrency), DEMO_WORKER_RELAY: relay ? '1' : '0' },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
}

export async function kjorDemo(valg: Demovalg, logg: (s: string) => void = console.log): Promise<Demoresultat> {
  const t0 = Date.now();
  const idag = new Date(`${idagINorge()}T00:00:00Z`);
  const aar = idag.getUTCFullYear();
  const ut = { rot: resolve(valg.utmappe), brev: resolve(valg.utmappe, 'brev'), rapporter: resolve(valg.utmappe, 'rapporter') };
  // The output folders belong to the demo run: start empty so every file there is from this run.
  await rm(ut.brev, { recursive: true, force: true });
  await rm(ut.rapporter, { recursive: true, force: true });
  await mkdir(ut.brev, { recursive: true });
  await mkdir(ut.rapporter, { recursive: true });

  const steg: Demoresultat['steg'] = [];
  const fr = new Fremdrift(valg.fremdrift, logg);
  let miljo: Demomiljo | null = null;
  let api: INestApplication | null = null;
  let worker: INestApplicationContext | null = null;
  const ekstra: ChildProcess[] = [];

  try {
    logg('Starter TK Lofoten-demo …');
    let t = Date.now();
    miljo = await lagMiljo(ut, (s) => logg(`  ${s}`));
    const { config } = miljo;
    api = await createApiApp(config);
    await api.listen(0, '127.0.0.1');
    const port = (api.getHttpServer().address() as AddressInfo).port;
    // Measured on 2 cores: this process is busy serving the API, so while cases are processed the letters are
    // rendered (and the outbox relayed) by the extra worker process on the other core, and another renderer
    // joins when the HTTP work is done. With no extra process, the in-process worker starts at once.
    const startEgenWorker = async () => {
      worker ??= await startWorker(config!, { concurrency: valg.workerConcurrency, planlagt: false });
    };
    // The renderer that joins for the letters: on the embedded database a process of its own, since rendering
    // here would hold up this process's event loop, which also serves the database to the other worker.
    const flereRenderere = async () => {
      if (config.DATABASE_MODE === 'embedded' && valg.ekstraWorkere > 0) ekstra.push(startEkstraWorker(miljo!.env, valg.workerConcurrency, false));
      else await startEgenWorker();
    };
    for (let i = 0; i < valg.ekstraWorkere; i++) ekstra.push(startEkstraWorker(miljo.env, valg.workerConcurrency, i === 0));
    if (valg.ekstraWorkere === 0) await startEgenWorker();
    const porter = [port, ...(await Promise.all(Array.from({ length: valg.ekstraApi }, () => startEkstraApi(miljo!.env, ekstra))))];
    const http = new Api(porter.map((p) => `http://127.0.0.1:${p}`));
    logg(`  API på http://127.0.0.1:${port}${valg.ekstraApi ? ` + ${valg.ekstraApi} ekstra API-prosess(er)` : ''}; worker i prosessen + ${valg.ekstraWorkere} ekstra workerprosess(er). ${miljo.beskrivelse}`);
    steg.push({ navn: 'oppstart', sekunder: (Date.now() - t) / 1000 });

    const secret = config.AUTH_JWT_SECRET!;
    const saksbehandlere = await Promise.all(
      ['Siri Saksbehandler', 'Ole Forvalter', 'Hanne Tildeling', 'Jonas Kartlegger', 'Marte Vedtak', 'Ivar Omsorg'].map((navn, i) => bruker(http, secret, `demo-sb-${i + 1}`, navn, ['saksbehandler'], KOMMUNER)),
    );
    const leder = await bruker(http, secret, 'demo-leder', 'Liv Leder', ['leder'], KOMMUNER);
    const tillitsvalgt = await bruker(http, secret, 'demo-tillitsvalgt', 'Tor Tillitsvalgt', ['tillitsvalgt'], KOMMUNER);

    const kommuner = svar('hentKommuner', await leder.api.GET('/api/v1/kommuner'))
      .filter((k) => KOMMUNER.includes(k.kommunenummer))
      .map((k): Kommunegrunnlag => ({ kommunenummer: k.kommunenummer, navn: k.navn, innbyggere67Pluss: k.innbyggere67Pluss, fireOyneTjenester: k.fireOyneTjenester }));
    const kommunenavn = new Map(kommuner.map((k) => [k.kommunenummer, k.navn]));
    const fireOyne = new Map(kommuner.map((k) => [k.kommunenummer, new Set(k.fireOyneTjenester)]));
    const saker = lagSaksmengde({ antall: valg.antall, seed: valg.seed, idag, kommuner, antallSaksbehandlere: saksbehandlere.length });
    const perKommune = Object.fromEntries(kommuner.map((k) => [k.navn, saker.filter((s) => s.kommunenummer === k.kommunenummer).length]));
    logg(`  Saksmengde (frø ${valg.seed}): ${saker.length} søknader – ${Object.entries(perKommune).map(([n, a]) => `${n} ${a}`).join(', ')}.`);

    // 1. Registration and needs assessment.
    const soknadId = new Map<number, { id: string; versjon: number }>();
    fr.begynn('Registrering og kartlegging', saker.length);
    let ferdig = 0;
    await parallelt(saker, valg.httpParallell, async (sak) => {
      const sb = saksbehandlere[sak.saksbehandler];
      // A written application usually says how much help it asks for; an oral one often does not.
      const soktOm = sak.soknad.kanal === 'muntlig' ? [] : sak.soknad.tjenester.filter((t) => TIMETJENESTER.includes(t)).map((tjenestekode) => ({ tjenestekode, omfang: 2 + (sak.nr % 5), frekvens: 'hver uke' }));
      const s = svar('registrerSoknad', await sb.api.POST('/api/v1/soknader', { body: { kommunenummer: sak.kommunenummer, mottattDato: sak.mottattDato, ...sak.soknad, soktOm } }));
      const k = svar('registrerKartlegging', await sb.api.POST('/api/v1/soknader/{id}/kartlegging', { params: { path: { id: s.id } }, body: { versjon: s.versjon, ...sak.kartlegging } }));
      // The assessment moves the case on (mottatt → under_kartlegging): the answer says to which version.
      soknadId.set(sak.nr, { id: s.id, versjon: k.soknadVersjon });
      fr.oppdater(++ferdig);
    });
    steg.push({ navn: 'registrering og kartlegging', sekunder: fr.slutt('Registrering og kartlegging', `${saker.length} søknader registrert og kartlagt`) });

    // 2. The interim-reply sweep (fvl. § 11 a) finds the cases received more than a month ago.
    t = Date.now();
    // The same service the worker's hourly schedule runs (the API process has it too).
    await api.get(ForeloepigSvarService).kjor();
    const demoensSaker = () => [...soknadId.values()].map((s) => s.id);
    const foreloepigeSvar = (await brevstatus(config.DATABASE_URL, demoensSaker())).filter((b) => b.brevtype === 'foreloepig_svar').length;
    const sene = saker.filter((s) => s.sen).length;
    if (foreloepigeSvar < sene) throw new DemoFeil(`Foreløpig svar: ${sene} saker er eldre enn én måned, men bare ${foreloepigeSvar} foreløpige svar ble bestilt.`);
    logg(`  ✓ Foreløpige svar: ${foreloepigeSvar} bestilt for saker mottatt for mer enn én måned siden (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    steg.push({ navn: 'foreløpige svar', sekunder: (Date.now() - t) / 1000 });

    // 3. Recommendation and decision; four-eyes approval where the municipality requires it.
    const vedtak: { sak: Demosak; id: string; utfall: string[]; avvik: boolean; fireOyne: boolean }[] = [];
    fr.begynn('Anbefaling og vedtak', saker.length);
    ferdig = 0;
    await parallelt(saker, valg.httpParallell, async (sak) => {
      const sb = saksbehandlere[sak.saksbehandler];
      const { id, versjon } = soknadId.get(sak.nr)!;
      const anb = svar('hentAnbefaling', await sb.api.GET('/api/v1/soknader/{id}/anbefaling', { params: { path: { id } } }));
      const linjer = vedtakslinjer(sak, anb.anbefalinger, idag, valg.plantet);
      const fatt = (v: number) =>
        sb.api.POST('/api/v1/soknader/{id}/vedtak', { params: { path: { id } }, body: {
          versjon: v,
          tjenester: linjer,
          innhentedeOpplysninger: ['Hjemmebesøk og samtale med søkeren', ...(sak.alder >= 80 ? ['Opplysninger fra fastlegen'] : [])],
          ...(linjer.some((l) => l.utfall === 'venteliste') ? { tjenesterIMellomtiden: [{ tjeneste: 'Helsetjenester i hjemmet', omfang: 'Besøk morgen og kveld' }, { tjeneste: 'Trygghetsalarm', omfang: 'Hele døgnet' }] } : {}),
        } }).then((r) => svar('fattVedtak', r));
      // Optimistic locking: on 409 (someone else moved the case) read the current version and try once more.
      const v = await fatt(versjon).catch(async (e) => {
        if (!(e instanceof ApiFeil) || e.status !== 409) throw e;
        return fatt(svar('hentSak', await sb.api.GET('/api/v1/soknader/{id}', { params: { path: { id } } })).versjon);
      });
      const kreverGodkjenning = linjer.some((l) => fireOyne.get(sak.kommunenummer)?.has(l.tjenestekode));
      if (v.kreverGodkjenning !== kreverGodkjenning) throw new DemoFeil(`Vedtak i sak ${sak.nr}: fire øyne forventet ${kreverGodkjenning}, fikk ${v.kreverGodkjenning}.`);
      if (v.status === 'utkast') {
        const godkjent = svar('godkjennVedtak', await leder.api.POST('/api/v1/vedtak/{id}/godkjenning', { params: { path: { id: v.id } } }));
        if (godkjent.status !== 'vedtatt') throw new DemoFeil(`Godkjenning av vedtak i sak ${sak.nr} ga status ${godkjent.status}.`);
      }
      vedtak.push({ sak, id: v.id, utfall: v.tjenester.map((l) => l.utfall), avvik: v.tjenester.some((l) => l.avviker), fireOyne: v.kreverGodkjenning });
      fr.oppdater(++ferdig);
    });
    const fireOyneAntall = vedtak.filter((v) => v.fireOyne).length;
    steg.push({ navn: 'vedtak', sekunder: fr.slutt('Anbefaling og vedtak', `${vedtak.length} vedtak, ${fireOyneAntall} godkjent av en annen (fire øyne)`) });

    // 4. Complaints on some refusals and reductions: re-assessed by the office, most forwarded.
    const paaklagbare = vedtak.filter((v) => v.utfall.some((u) => !TILDELER.includes(u) && u !== 'venteliste') || (v.avvik && v.sak.kommunenummer === PLANTET_KOMMUNE));
    const klagesaker = paaklagbare.filter((v) => v.sak.trekk.klage < 0.14);
    const klager = { registrert: 0, oversendt: 0, omgjort: 0 };
    const dagensDato = idag.toISOString().slice(0, 10);
    if (klagesaker.length) {
      fr.begynn('Klager', klagesaker.length);
      ferdig = 0;
      await parallelt(klagesaker, valg.httpParallell, async (v) => {
        const sb = saksbehandlere[(v.sak.saksbehandler + 1) % saksbehandlere.length];
        const { id } = soknadId.get(v.sak.nr)!;
        const soknad = svar('hentSak', await sb.api.GET('/api/v1/soknader/{id}', { params: { path: { id } } }));
        const k = svar('registrerKlage', await sb.api.POST('/api/v1/soknader/{id}/klage', { params: { path: { id } }, body: {
          vedtakId: v.id,
          versjon: soknad.versjon,
          mottattDato: dagensDato,
          begrunnelse: 'Jeg er uenig i vedtaket og trenger mer hjelp enn det jeg har fått.',
        } }));
        klager.registrert++;
        const omgjort = v.sak.trekk.klageUtfall < 0.2;
        const vurdert = svar('vurderKlage', await sb.api.POST('/api/v1/klager/{id}/vurdering', { params: { path: { id: k.id } }, body: {
          versjon: k.versjon,
          vurdering: omgjort ? 'omgjort' : 'opprettholdt',
          begrunnelse: omgjort ? 'Ny opplysning fra fastlegen viser større behov; kontoret omgjør vedtaket.' : 'Kontoret finner ikke grunn til å endre vedtaket og sender klagen til klageinstansen.',
        } }));
        if (omgjort) klager.omgjort++;
        else {
          klager.oversendt++;
          if (vurdert.status !== 'oversendt') throw new DemoFeil(`Klage i sak ${v.sak.nr}: forventet status oversendt, fikk ${vurdert.status}.`);
          if (v.sak.trekk.statsforvalteren < 0.5) {
            const r = v.sak.trekk.statsforvalteren * 2;
            const utfall = r < 0.7 ? 'stadfestet' : r < 0.85 ? 'delvis_omgjort' : r < 0.95 ? 'omgjort' : 'opphevet_sendt_tilbake';
            svar('registrerStatsforvalterensUtfall', await sb.api.POST('/api/v1/klager/{id}/statsforvalteren', { params: { path: { id: k.id } }, body: { versjon: vurdert.versjon, utfall, dato: dagensDato } }));
          }
        }
        fr.oppdater(++ferdig);
      });
      steg.push({ navn: 'klager', sekunder: fr.slutt('Klager', `${klager.registrert} klager: ${klager.oversendt} oversendt klageinstansen, ${klager.omgjort} omgjort av kontoret`) });
    }

    // 5. Letters: wait for the worker(s) to render and deliver every ordered letter.
    await flereRenderere();
    let brev = await brevstatus(config.DATABASE_URL, demoensSaker());
    const forventet = vedtak.length + foreloepigeSvar + klager.oversendt;
    if (brev.length !== forventet) throw new DemoFeil(`Brev bestilt: ${brev.length}, forventet ${forventet} (vedtak + foreløpige svar + oversendte klager).`);
    const alleredeSendt = brev.filter((b) => b.status === 'sendt').length;
    fr.begynn('Brev (PDF/A)', brev.length, `${alleredeSendt} allerede sendt mens sakene ble behandlet`);
    const frist = Date.now() + valg.brevTidsavbruddSek * 1000;
    for (;;) {
      const sendt = brev.filter((b) => b.status === 'sendt').length;
      const feilet = brev.filter((b) => b.status === 'feilet');
      fr.oppdater(sendt, `${feilet.length} feilet`);
      if (feilet.length) throw new DemoFeil(`${feilet.length} brev feilet, f.eks. ${feilet[0].brevtype}: ${feilet[0].feil ?? 'ukjent feil'}`);
      if (sendt === brev.length) break;
      if (Date.now() > frist) throw new DemoFeil(`Tidsavbrudd: ${brev.length - sendt} av ${brev.length} brev var ikke sendt etter ${valg.brevTidsavbruddSek} s.`);
      await new Promise((r) => setTimeout(r, 500));
      brev = await brevstatus(config.DATABASE_URL, demoensSaker());
    }
    // Every letter must be in the file drop, one PDF per letter, in its municipality's folder.
    const filer = new Set<string>();
    for (const k of KOMMUNER) {
      const mappe = join(ut.brev, k);
      if (existsSync(mappe)) for (const f of readdirSync(mappe)) if (f.endsWith('.pdf')) filer.add(`${k}/${f.slice(-40, -4)}`);
    }
    const mangler = brev.filter((b) => !filer.has(`${b.kommunenummer}/${b.id}`));
    if (mangler.length) throw new DemoFeil(`${mangler.length} brev er merket sendt, men PDF-en mangler i ${relative(process.cwd(), ut.brev)}/<kommunenummer>/.`);
    const perType: Record<string, number> = {};
    for (const b of brev) perType[b.brevtype] = (perType[b.brevtype] ?? 0) + 1;
    if (process.env.DEMO_TIDSBRUK) for (const [k, v] of http.tidsbruk) logg(`    ${k}: ${v.n} kall, snitt ${(v.ms / v.n).toFixed(1)} ms`);
    steg.push({ navn: 'brev', sekunder: fr.slutt('Brev (PDF/A)', `${brev.length} brev levert som PDF`) });
    const kontroll = await brevkontroll(config.DATABASE_URL, demoensSaker());
    if (kontroll.feilKlagevei || kontroll.tommeLister || kontroll.utkastKriterier) {
      throw new DemoFeil(`Brevkontroll: ${kontroll.feilKlagevei} feil klagevei, ${kontroll.tommeLister} tomme lister, ${kontroll.utkastKriterier} utkastnavn på kriteriene (av ${kontroll.kontrollert} brev).`);
    }
    logg(`  ✓ Brevkontroll: ${kontroll.kontrollert} vedtaks- og oversendelsesbrev, 0 feil klagevei, 0 tomme lister, 0 utkastnavn på kriteriene`);

    // 6. Reports: the leader's equal-treatment report and the union's anonymised report.
    fr.begynn('Rapporter', 2);
    const bestillinger = [
      { bruker: leder, type: 'likebehandling' as const },
      { bruker: tillitsvalgt, type: 'anonymisert' as const },
    ];
    const rapportfiler: string[] = [];
    let likebehandling: { flagg: Demoresultat['flagg'] } | null = null;
    let rapporterFerdig = 0;
    await Promise.all(
      bestillinger.map(async ({ bruker: b, type }) => {
        const r = svar('bestillRapport', await b.api.POST('/api/v1/rapporter', { body: { type, aar } }));
        const slutt = Date.now() + 180_000;
        let status: { status: string; feil: string | null } = r;
        while (status.status === 'bestilt') {
          if (Date.now() > slutt) throw new DemoFeil(`Rapporten «${type}» ble ikke ferdig innen 180 s.`);
          await new Promise((res) => setTimeout(res, 300));
          status = svar('hentRapport', await b.api.GET('/api/v1/rapporter/{id}', { params: { path: { id: r.id } } }));
        }
        if (status.status !== 'ferdig') throw new DemoFeil(`Rapporten «${type}» feilet: ${status.feil ?? 'ukjent feil'}`);
        const sti = { path: { id: r.id } };
        const json = svar('hentRapportinnhold', await b.api.GET('/api/v1/rapporter/{id}/innhold', { params: { ...sti, query: { format: 'json' } } }));
        const csv = svar('hentRapportinnhold', await b.api.GET('/api/v1/rapporter/{id}/innhold', { params: { ...sti, query: { format: 'csv' } }, parseAs: 'text' }));
        const pdf = svar('hentRapportinnhold', await b.api.GET('/api/v1/rapporter/{id}/innhold', { params: { ...sti, query: { format: 'pdf' } }, parseAs: 'arrayBuffer' }));
        const filer = { json: JSON.stringify(json, null, 2), csv, pdf: Buffer.from(pdf) };
        for (const [format, data] of Object.entries(filer)) {
          const fil = join(ut.rapporter, `${type}-${aar}.${format}`);
          await writeFile(fil, data);
          rapportfiler.push(relative(process.cwd(), fil));
        }
        // The report's body is free-form in the document (its shape depends on the type).
        if (type === 'likebehandling') likebehandling = json as unknown as { flagg: Demoresultat['flagg'] };
        fr.oppdater(++rapporterFerdig);
      }),
    );
    steg.push({ navn: 'rapporter', sekunder: fr.slutt('Rapporter', rapportfiler.map((f) => f.split('/').pop()).join(', ')) });
    const flagg = (likebehandling as { flagg: Demoresultat['flagg'] } | null)?.flagg ?? [];
    if (!flagg.some((f) => f.kommunenummer === PLANTET_KOMMUNE)) {
      throw new DemoFeil(`Likebehandlingsrapporten flagget ikke ${PLANTET_KOMMUNENAVN}, der demoen har plantet en strengere praksis (flagg: ${flagg.map((f) => f.kommunenavn).join(', ') || 'ingen'}).`);
    }

    const perUtfall: Record<string, number> = {};
    const vedtakPerKommune: Record<string, number> = {};
    for (const v of vedtak) {
      for (const u of v.utfall) perUtfall[u] = (perUtfall[u] ?? 0) + 1;
      const n = kommunenavn.get(v.sak.kommunenummer)!;
      vedtakPerKommune[n] = (vedtakPerKommune[n] ?? 0) + 1;
    }
    return {
      sekunder: (Date.now() - t0) / 1000,
      steg,
      saker: perKommune,
      vedtak: { totalt: vedtak.length, perUtfall, perKommune: vedtakPerKommune, avvik: vedtak.filter((v) => v.avvik).length, fireOyne: fireOyneAntall },
      brev: { totalt: brev.length, perType, pdfFiler: filer.size },
      foreloepigeSvar,
      klager,
      brevkontroll: kontroll,
      flagg,
      filer: { brev: relative(process.cwd(), ut.brev) || '.', rapporter: rapportfiler },
      aar,
    };
  } catch (e) {
    if (e instanceof ApiFeil) throw new DemoFeil(`API-kall feilet i ${e.message}`);
    throw e;
  } finally {
    for (const p of ekstra) p.stdin?.end();
    await Promise.all(ekstra.map((p) => (p.exitCode !== null ? null : new Promise((r) => { const tid = setTimeout(() => p.kill('SIGKILL'), 5000); p.once('exit', () => { clearTimeout(tid); r(null); }); }))));
    await (worker as INestApplicationContext | null)?.close().catch(() => undefined);
    await api?.close().catch(() => undefined);
    await miljo?.rydd().catch(() => undefined);
  }
}
