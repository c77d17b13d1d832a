import { Injectable } from '@nestjs/common';
import { kontrollerUtgivelser, type KontrollertUtgivelse, type Kontrollfunn } from '../../statistics/src/anonymisering/kontroll.js';

/**
 * The independent disclosure check of a release (HiGHS), as the worker runs it: the heaviest step of a
 * release, seconds on a large year, and therefore run outside every transaction.
 */
@Injectable()
export class Utgivelseskontroll {
  kontroller(utgivelser: readonly KontrollertUtgivelse[], k: number): Promise<Kontrollfunn[]> {
    return kontrollerUtgivelser(utgivelser, k);
  }
}
