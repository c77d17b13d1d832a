import { Injectable } from '@nestjs/common';
import type { Jobbdata, Jobbhandler } from '../../queue/index.js';
import { BrevproduksjonService } from './brevproduksjon.service.js';

/**
 * Renders and delivers a letter. After the last attempt the letter is marked failed for a leader to see and
 * re-run.
 */
@Injectable()
export class BrevJobbhandler implements Jobbhandler<'brevRender'> {
  constructor(private readonly produksjon: BrevproduksjonService) {}

  utfor(p: Jobbdata<'brevRender'>): Promise<unknown> {
    return this.produksjon.produser(p.brevId);
  }

  sisteFeil(p: Jobbdata<'brevRender'>, melding: string): Promise<void> {
    return this.produksjon.markerFeilet(p.brevId, melding);
  }
}
