import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FELLES_KRITERIER_2026, LOKALE_AVVIK_EKSEMPEL } from '../libs/domain/src/kriterier/fellesKriterier2026.js';

type Regelrad = { id: string; begrunnelse: string; begrunnelseNn?: string };
type Innhold = { navnNn?: string; tjenester: Record<string, { regler: Regelrad[] }> };
type Avvikrad = { begrunnelse: string; begrunnelseNn?: string; regel: Regelrad };

/** The seed's nynorsk reasons by rule id, for the rules whose bokmål text is still the seed's. */
const NN = new Map<string, { nb: string; nn: string }>(
  [...Object.values(FELLES_KRITERIER_2026.tjenester).flatMap((t) => t.regler), ...LOKALE_AVVIK_EKSEMPEL.map((a) => a.regel)].map((r) => [r.id, { nb: r.begrunnelse, nn: r.begrunnelseNn }]),
);

const medNynorsk = (r: Regelrad): Regelrad => {
  const kjent = NN.get(r.id);
  return kjent && kjent.nb === r.begrunnelse && !r.begrunnelseNn ? { ...r, begrunnelseNn: kjent.nn } : r;
};

/**
 * The seeded common criteria in both målformer: a nynorsk letter prints the criteria's reasons and the set's
 * published name in nynorsk. Adds the nynorsk name and each rule's nynorsk reason to the seeded set (and its
 * sample local deviation) where the bokmål text is still the seed's; a fresh database gets them from the seed.
 */
export class NynorskeKriterier1764000050000 implements MigrationInterface {
  name = 'NynorskeKriterier1764000050000';

  async up(q: QueryRunner): Promise<void> {
    const rader = (await q.query(`SELECT id, innhold, lokale_avvik FROM "kriteriesett" WHERE navn = $1`, [FELLES_KRITERIER_2026.navn])) as { id: string; innhold: Innhold; lokale_avvik: Avvikrad[] }[];
    // The published seed is otherwise immutable (trigger); this adds texts and changes no rule.
    await q.query(`ALTER TABLE "kriteriesett" DISABLE TRIGGER "kriteriesett_uforanderlig"`);
    for (const rad of rader) {
      const innhold: Innhold = {
        ...rad.innhold,
        navnNn: rad.innhold.navnNn ?? FELLES_KRITERIER_2026.navnNn,
        tjenester: Object.fromEntries(Object.entries(rad.innhold.tjenester).map(([kode, t]) => [kode, { ...t, regler: t.regler.map(medNynorsk) }])),
      };
      const avvik = rad.lokale_avvik.map((a) => {
        const eksempel = LOKALE_AVVIK_EKSEMPEL.find((e) => e.regel.id === a.regel.id && e.begrunnelse === a.begrunnelse);
        return { ...a, ...(eksempel && !a.begrunnelseNn ? { begrunnelseNn: eksempel.begrunnelseNn } : {}), regel: medNynorsk(a.regel) };
      });
      await q.query(`UPDATE "kriteriesett" SET innhold = $2, lokale_avvik = $3 WHERE id = $1`, [rad.id, JSON.stringify(innhold), JSON.stringify(avvik)]);
    }
    await q.query(`ALTER TABLE "kriteriesett" ENABLE TRIGGER "kriteriesett_uforanderlig"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "kriteriesett" DISABLE TRIGGER "kriteriesett_uforanderlig"`);
    await q.query(
      `UPDATE "kriteriesett" SET
         innhold = (innhold - 'navnNn') || jsonb_build_object('tjenester', (
           SELECT jsonb_object_agg(t.key, t.value || jsonb_build_object('regler', (SELECT jsonb_agg(r - 'begrunnelseNn') FROM jsonb_array_elements(t.value -> 'regler') r)))
           FROM jsonb_each(innhold -> 'tjenester') t)),
         lokale_avvik = COALESCE((SELECT jsonb_agg((a - 'begrunnelseNn') || jsonb_build_object('regel', (a -> 'regel') - 'begrunnelseNn')) FROM jsonb_array_elements(lokale_avvik) a), '[]'::jsonb)
       WHERE navn = $1`,
      [FELLES_KRITERIER_2026.navn],
    );
    await q.query(`ALTER TABLE "kriteriesett" ENABLE TRIGGER "kriteriesett_uforanderlig"`);
  }
}
