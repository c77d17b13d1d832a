import { Module } from '@nestjs/common';
import { HendelseService } from './hendelse.service.js';

@Module({ providers: [HendelseService], exports: [HendelseService] })
export class HendelserModule {}
