import { Module } from '@nestjs/common';
import { AbonnementRepository } from './abonnement.repository.js';
import { AbonnementService } from './abonnement.service.js';
import { WebhookJobbhandler } from './webhook.jobbhandler.js';

@Module({ providers: [AbonnementRepository, AbonnementService, WebhookJobbhandler], exports: [AbonnementService, WebhookJobbhandler] })
export class AbonnementerModule {}
