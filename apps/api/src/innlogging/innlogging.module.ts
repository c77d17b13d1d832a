import { Module } from '@nestjs/common';
import { InnloggingController } from './innlogging.controller.js';

/** The sign-in page's settings (public) and who the signed-in caller is. */
@Module({ controllers: [InnloggingController] })
export class InnloggingModule {}
