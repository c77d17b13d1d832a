import { Module } from '@nestjs/common';
import { BrevmalController } from './brevmal.controller.js';
import { BrevmalRepository } from './brevmal.repository.js';
import { BrevmalService } from './brevmal.service.js';

/** Letter templates: read for all but tillitsvalgt, write for fagadmin. */
@Module({ controllers: [BrevmalController], providers: [BrevmalService, BrevmalRepository], exports: [BrevmalService] })
export class BrevmalerModule {}
