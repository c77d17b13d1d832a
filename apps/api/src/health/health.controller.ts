import { Controller, Get, Inject } from '@nestjs/common';
import { ProblemSvar } from '../openapi/problem-svar.js';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, HealthIndicatorService } from '@nestjs/terminus';
import { KOBACKEND, type Kobackend } from '../../../../libs/queue/src/kobackend.js';
import { Offentlig } from '../http/auth.guard.js';

/** Terminus' answer: each dependency with its status (`postgres`, `queue`). */
export class KlarSvar {
  @ApiProperty({ enum: ['ok'] }) status: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'object', additionalProperties: true }, example: { postgres: { status: 'up' } } }) info: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'object', additionalProperties: true } }) error: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'object', additionalProperties: true } }) details: Record<string, unknown>;
}

export class LivSvar {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

@ApiTags('helse')
@Controller('health')
@Offentlig()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    @Inject(KOBACKEND) private readonly ko: Kobackend,
  ) {}

  /** The process is alive (no dependencies checked: a restart would not fix them). */
  @Get('live')
  @ApiOperation({ operationId: 'sjekkLiv', summary: 'Prosessen lever (uten innlogging)' })
  @ApiOkResponse({ type: LivSvar })
  live() {
    return { status: 'ok' };
  }

  /** Ready to take traffic: PostgreSQL answers and the queue's store (Redis, or PostgreSQL) answers. */
  @Get('ready')
  @ApiOperation({ operationId: 'sjekkKlar', summary: 'PostgreSQL og køen svarer (uten innlogging)' })
  // Said here, not left to @HealthCheck(): whether it documents the route depends on how the module was loaded.
  @ApiOkResponse({ type: KlarSvar })
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ProblemSvar(503)
  ready() {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: 2000 }),
      async () => {
        const check = this.indicator.check('queue');
        return (await this.ko.ping(2000)) ? check.up({ backend: this.ko.type }) : check.down({ backend: this.ko.type });
      },
    ]);
  }
}
