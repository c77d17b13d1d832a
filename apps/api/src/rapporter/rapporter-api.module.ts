import { Module } from '@nestjs/common';
import { RapporterModule } from '../../../../libs/rapporter/src/rapporter.module.js';
import { RapportController } from './rapport.controller.js';

/** POST /rapporter, GET /rapporter/{id}, GET /rapporter/{id}/innhold. */
@Module({ imports: [RapporterModule], controllers: [RapportController] })
export class RapporterApiModule {}
