import { Module } from '@nestjs/common';
import { InnboksService } from './innboks.service.js';

@Module({ providers: [InnboksService], exports: [InnboksService] })
export class InnboksModule {}
