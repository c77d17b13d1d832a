/**
 * Merging a municipality's deviations into a common rule list. Shared by validation (which must check the
 * merged list) and by `anvendLokaleAvvik`; it does not validate, so callers validate first.
 */
import type { EffektivRegel, LokaltAvvik, Regel } from './typer.js';

export interface SammenslaattRegel {
  regel: EffektivRegel;
  /** Index in the deviation list the rule came from, for messages; undefined for a common rule. */
  avvikIndeks?: number;
  /** Index in the common list, for a common rule. */
  fellesIndeks?: number;
}

export function somFelles(regel: Regel): EffektivRegel {
  return { ...regel, kilde: 'felles' };
}

export function somLokal(a: LokaltAvvik): EffektivRegel {
  return {
    ...a.regel,
    kilde: 'lokalt_avvik',
    avvik: {
      begrunnelse: a.begrunnelse,
      begrunnelseNn: a.begrunnelseNn,
      vedtattAv: a.vedtattAv,
      ...(a.erstatterRegelId !== undefined ? { erstatterRegelId: a.erstatterRegelId } : {}),
      ...(a.leggTilFoerRegelId !== undefined ? { leggTilFoerRegelId: a.leggTilFoerRegelId } : {}),
    },
  };
}

/**
 * Additions go before the rule they name, in the order they are listed; a replacement takes the named rule's
 * place, so first-match order is preserved for every other rule.
 */
export function slaaSammen(felles: readonly Regel[], avvik: readonly { a: LokaltAvvik; indeks: number }[]): SammenslaattRegel[] {
  const ut: SammenslaattRegel[] = [];
  felles.forEach((r, fellesIndeks) => {
    for (const { a, indeks } of avvik) if (a.leggTilFoerRegelId === r.id) ut.push({ regel: somLokal(a), avvikIndeks: indeks });
    const erstatning = avvik.find(({ a }) => a.erstatterRegelId === r.id);
    ut.push(erstatning ? { regel: somLokal(erstatning.a), avvikIndeks: erstatning.indeks } : { regel: somFelles(r), fellesIndeks });
  });
  return ut;
}
