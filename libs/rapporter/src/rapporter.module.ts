import { Module } from '@nestjs/common';
import { RapportBeregning } from './rapport.beregning.js';
import { RapportRepository } from './rapport.repository.js';
import { RapportService } from './rapport.service.js';
import { RapportWorker } from './rapport.worker.js';
import { Utgivelseskontroll } from './utgivelseskontroll.js';

/** Equal-treatment statistics and anonymised reports, shared by the api (ordering) and the worker (computing). */
@Module({ providers: [RapportRepository, RapportService, RapportBeregning, Utgivelseskontroll, RapportWorker], exports: [RapportService, RapportWorker] })
export class RapporterModule {}
