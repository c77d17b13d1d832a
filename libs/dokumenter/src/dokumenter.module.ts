import { Module } from '@nestjs/common';
import { DokumentService } from './dokument.service.js';

/** Incoming documents of cases. Imports no capability module, so the case capabilities may import it. */
@Module({ providers: [DokumentService], exports: [DokumentService] })
export class DokumenterModule {}
