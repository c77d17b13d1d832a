import { Module } from '@nestjs/common';
import { KommuneRepository } from '../kommuner/kommune.repository.js';
import { KommuneService } from '../kommuner/kommune.service.js';
import { DevTokenController } from './dev-token.controller.js';

/** Development-only routes (the web app's demo sign-in). Imported by AppModule only outside production. */
@Module({ controllers: [DevTokenController], providers: [KommuneRepository, KommuneService] })
export class DevModule {}
