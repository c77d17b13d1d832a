import { Module } from '@nestjs/common';
import { HendelseRepository } from './hendelse.repository.js';
import { HendelseService } from './hendelse.service.js';

@Module({ providers: [HendelseRepository, HendelseService], exports: [HendelseService] })
export class HendelserModule {}
