import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Bruker } from '../../../domain/src/felles/bruker.js';

interface Kontekst {
  korrelasjonId: string;
  bruker?: Bruker;
}

const storage = new AsyncLocalStorage<Kontekst>();

/**
 * The caller of the current request or job, held in AsyncLocalStorage: set by the auth guard in the API
 * and from the job payload in the worker, so services need not pass it through every signature.
 */
@Injectable()
export class RequestContext {
  /** Opens a context for one request or job; everything awaited inside sees it. */
  static run<T>(korrelasjonId: string, fn: () => T): T {
    return storage.run({ korrelasjonId }, fn);
  }

  get bruker(): Bruker {
    const bruker = storage.getStore()?.bruker;
    if (!bruker) throw new Error('Ingen innlogget bruker i konteksten');
    return bruker;
  }

  get harBruker(): boolean {
    return !!storage.getStore()?.bruker;
  }

  get korrelasjonId(): string {
    return storage.getStore()?.korrelasjonId ?? 'ukjent';
  }

  settBruker(bruker: Bruker): void {
    const store = storage.getStore();
    if (!store) throw new Error('settBruker utenfor en forespørsel eller jobb');
    store.bruker = bruker;
  }

  /** Runs `fn` in a fresh context for `bruker` (jobs, scripts): each job gets its own context from its payload. */
  kjorSom<T>(bruker: Bruker, fn: () => Promise<T>, korrelasjonId: string = randomUUID()): Promise<T> {
    return storage.run({ korrelasjonId, bruker }, fn);
  }
}
