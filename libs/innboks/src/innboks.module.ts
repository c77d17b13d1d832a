import { Module } from '@nestjs/common';
import { InnboksRepository } from './innboks.repository.js';
import { InnboksService } from './innboks.service.js';

@Module({ providers: [InnboksService, InnboksRepository], exports: [InnboksService] })
export class InnboksModule {}
