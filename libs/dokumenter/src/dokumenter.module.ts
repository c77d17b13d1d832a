import { Module } from '@nestjs/common';
import { DokumentRepository } from './dokument.repository.js';
import { DokumentService } from './dokument.service.js';

/** Incoming documents of cases. Imports no capability module, so the case capabilities may import it. */
@Module({ providers: [DokumentService, DokumentRepository], exports: [DokumentService, DokumentRepository] })
export class DokumenterModule {}
