import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { soknadBody } from '../support/factories.js';
import { ApiHarness, lagBruker, VAGAN, type TestBruker } from '../support/harness.js';

/**
 * Steady load for a while (SOAK_SECONDS; 120 in CI, 600 with `npm run soak`) at a modest rate on
 * loopback: registrations, journal notes, reads of cases and of the work list. Every reply must be a
 * success, and the heap must stay roughly flat (a leak check, not a speed check: how many requests a
 * machine manages in the time is printed, never asserted): the median of the last fifth of the samples may be at
 * most SOAK_HEAP_MB (50) above the median of the first fifth. Each sample is taken after a full
 * collection, which makes the comparison much sharper than raw heap figures.
 */
const SEKUNDER = Number(process.env.SOAK_SECONDS ?? 120);
const RPS = Number(process.env.SOAK_RPS ?? 15);
const MAKS_VEKST_MB = Number(process.env.SOAK_HEAP_MB ?? 50);
/** A full collection before each sample; without `--expose-gc` (as in CI) the flag is turned on at run time. */
function hentGc(): (() => void) | undefined {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}
const gc = hentGc();

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};
const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;

describe(`soak: ${SEKUNDER} s at ${RPS} requests per second`, () => {
  const api = new ApiHarness();
  let sb: TestBruker;
  let leder: TestBruker;

  beforeAll(async () => {
    await api.start({ RATE_LIMIT_PER_MINUTE: '1000000' });
    sb = await lagBruker('saksbehandler', [VAGAN], 'Soak Saksbehandler');
    leder = await lagBruker('leder', [VAGAN], 'Soak Leder');
  });
  afterAll(() => api.stop());

  it(
    'no error replies and a flat heap',
    async () => {
      const a = (b: TestBruker) => ({ Authorization: `Bearer ${b.token}` });
      const ids: string[] = [];
      const status: Record<string, number> = {};
      const feil: string[] = [];
      const heap: number[] = [];
      const tider: number[] = [];
      let n = 0;

      const operasjoner: (() => Promise<{ status: number; body: { id?: string } }>)[] = [
        () => api.http.post('/api/v1/soknader').set(a(sb)).send(soknadBody(VAGAN)),
        () => api.http.get('/api/v1/soknader').query({ antall: 25 }).set(a(leder)),
        () => api.http.get(`/api/v1/soknader/${ids[n % ids.length]}`).set(a(sb)),
        () => api.http.post(`/api/v1/soknader/${ids[(n * 7) % ids.length]}/journal`).set(a(sb)).send({ tekst: `Notat ${n}: ringte bruker.` }),
        () => api.http.get('/api/v1/kommuner').set(a(sb)),
        () => api.http.get('/api/v1/tjenester').set(a(leder)),
      ];

      const prove = () => {
        gc?.();
        heap.push(process.memoryUsage().heapUsed);
      };
      prove();
      const start = Date.now();
      const slutt = start + SEKUNDER * 1000;
      const maks = SEKUNDER * RPS; // bounded in count as well as in time
      let nesteProve = start + 2000;
      while (Date.now() < slutt && n < maks) {
        const i = ids.length ? n % operasjoner.length : 0;
        const op = operasjoner[i]!;
        const t0 = Date.now();
        const res = await op();
        tider.push(Date.now() - t0);
        status[res.status] = (status[res.status] ?? 0) + 1;
        if (res.status >= 300) feil.push(`${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        if (i === 0 && res.status === 201 && res.body.id && ids.length < 200) ids.push(res.body.id);
        n += 1;
        // Pace to the target rate; a slow reply is not made up for with a burst.
        const neste = start + (n * 1000) / RPS;
        if (neste > Date.now()) await new Promise((r) => setTimeout(r, neste - Date.now()));
        if (Date.now() >= nesteProve) {
          prove();
          nesteProve += 2000;
        }
      }
      prove();

      const femtedel = Math.max(1, Math.floor(heap.length / 5));
      const forst = median(heap.slice(0, femtedel));
      const sist = median(heap.slice(-femtedel));
      const p95 = [...tider].sort((x, y) => x - y)[Math.floor(tider.length * 0.95)] ?? 0;
      console.log(
        `resilience/soak: ${n} requests in ${Math.round((Date.now() - start) / 1000)} s (${JSON.stringify(status)}), p95 ${p95} ms; heap ${mb(forst)} MB → ${mb(sist)} MB (medians of first and last fifth of ${heap.length} samples${gc ? ', after forced GC' : ', no --expose-gc'}), growth ${mb(sist - forst)} MB (limit ${MAKS_VEKST_MB} MB)`,
      );
      expect(feil.slice(0, 5)).toEqual([]);
      expect(n).toBeGreaterThan(0);
      expect(mb(sist - forst)).toBeLessThan(MAKS_VEKST_MB);
    },
    (SEKUNDER + 120) * 1000,
  );
});
