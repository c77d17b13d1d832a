import { Injectable } from '@nestjs/common';
import { BrevbestillingService } from '../../brevproduksjon/index.js';
import { Referansedata, type TenantManager } from '../../persistence/index.js';
import { AnbefalingService } from './anbefaling.service.js';
import { VedtakRepository } from './vedtak.repository.js';
import { kontrollerLinjer, type VedtakInput } from './vedtakskontroll.js';

/**
 * What a decision and its letter's preview both start from: the case, the criteria's recommendation on the
 * latest assessment, the lines checked against it (field errors), and whether four-eyes approval applies.
 */
@Injectable()
export class VedtaksgrunnlagService {
  constructor(
    private readonly repo: VedtakRepository,
    private readonly referanse: Referansedata,
    private readonly anbefaling: AnbefalingService,
    private readonly brev: BrevbestillingService,
  ) {}

  async forbered(tm: TenantManager, soknadId: string, input: VedtakInput, dato: string) {
    const soknad = await this.repo.hentSoknad(tm, soknadId);
    const kommune = await this.referanse.kommune(tm, soknad.kommunenummer);
    const beregnet = await this.anbefaling.beregn(tm, soknad, dato);
    // Default texts from the criteria are stored in the målform the letter will have.
    const maalform = await this.brev.maalform(tm, soknad);
    const linjer = kontrollerLinjer(input, soknad, beregnet.anbefalinger, await this.referanse.tjenester(tm), maalform);
    // Four-eyes applies when the municipality requires it for any of the decided services.
    const kreverGodkjenning = input.tjenester.some((t) => kommune.fireOyneTjenester.includes(t.tjenestekode));
    return { soknad, ...beregnet, linjer, kreverGodkjenning, maalform };
  }
}
