import { Module } from '@nestjs/common';
import { KriteriesettController } from './kriteriesett.controller.js';
import { KriteriesettRepository } from './kriteriesett.repository.js';
import { KriteriesettService } from './kriteriesett.service.js';

/** Criteria versions: read for all but tillitsvalgt, write for fagadmin. */
@Module({ controllers: [KriteriesettController], providers: [KriteriesettService, KriteriesettRepository], exports: [KriteriesettService] })
export class TildelingskriterierModule {}
