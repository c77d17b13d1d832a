import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/index.js';
import { somHendelse } from '../../domain/index.js';
import { TenantTransaction } from '../../persistence/index.js';
import type { Jobbdata, Jobbhandler } from '../../queue/index.js';
import { AbonnementRepository, type Levering } from './abonnement.repository.js';
import { HemmelighetKrypto } from './hemmelighet.js';
import { SIGNATURHODE, signer } from './signatur.js';

/** How long a receiver has to answer one delivery. */
const SVARFRIST_MS = 10_000;

/** The body a receiver gets: the event exactly as the change feed shows it. */
export const webhookkropp = (h: Levering['hendelse']): string => JSON.stringify(somHendelse(h));

/**
 * Sends one event to one subscription's receiver: a POST with the signature, the event's id and the delivery's
 * id (the receiver's key for spotting a repeat). A 2xx is delivered; anything else (another status, a refused
 * connection, no answer in time) throws, and the queue tries again with backoff. A delivery already made is
 * never sent again, and one whose subscription was deleted is dropped. Neither the body nor the secret is logged.
 */
@Injectable()
export class WebhookJobbhandler implements Jobbhandler<'webhookLever'> {
  private readonly krypto: HemmelighetKrypto;

  constructor(
    private readonly tx: TenantTransaction,
    private readonly abonnementer: AbonnementRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.krypto = new HemmelighetKrypto(config.PERSON_DATA_KEY);
  }

  async utfor(p: Jobbdata<'webhookLever'>): Promise<'levert' | 'allerede_levert' | 'avbestilt'> {
    const levering = await this.tx.run((tm) => this.abonnementer.hentForLevering(tm, p.leveranseId));
    if (!levering) return 'avbestilt';
    if (levering.status === 'levert') return 'allerede_levert';
    const kropp = webhookkropp(levering.hendelse);
    let httpStatus: number | null = null;
    let feil: string | null = null;
    try {
      const svar = await fetch(levering.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(SVARFRIST_MS),
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'tk-lofoten-webhook/1',
          [SIGNATURHODE]: signer(this.krypto.dekrypter(levering.hemmelighet), kropp),
          'X-TK-Hendelse-Id': String(levering.hendelse.id),
          'X-TK-Leveranse-Id': levering.leveranseId,
        },
        body: kropp,
      });
      httpStatus = svar.status;
      // The receiver's body is neither read into the log nor kept: only that it answered.
      await svar.body?.cancel().catch(() => undefined);
      if (svar.status < 200 || svar.status > 299) feil = `Mottakeren svarte ${svar.status}`;
    } catch (e) {
      feil = `Ingen svar fra mottakeren: ${feilnavn(e)}`;
    }
    await this.tx.run((tm) => this.abonnementer.registrerForsok(tm, p.leveranseId, { levert: feil === null, httpStatus, feil }));
    if (feil) throw new Error(feil);
    return 'levert';
  }

  sisteFeil(p: Jobbdata<'webhookLever'>): Promise<void> {
    return this.tx.run((tm) => this.abonnementer.markerFeilet(tm, p.leveranseId));
  }
}

/** The connection error's kind (ECONNREFUSED, a timeout), not its text: that can carry the URL. */
function feilnavn(e: unknown): string {
  const aarsak = (e as { cause?: { code?: unknown } } | null)?.cause?.code;
  if (typeof aarsak === 'string') return aarsak;
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return 'tidsavbrudd';
  return 'nettverksfeil';
}
