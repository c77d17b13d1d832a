import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, HealthIndicatorService } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { REDIS } from '../../../../libs/platform/src/platform.module.js';
import { Offentlig } from '../http/auth.guard.js';

@ApiTags('helse')
@Controller('health')
@Offentlig()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** The process is alive (no dependencies checked: a restart would not fix them). */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Ready to take traffic: PostgreSQL answers and the queue's Redis answers. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: 2000 }),
      async () => {
        const check = this.indicator.check('queue');
        let timer: NodeJS.Timeout | undefined;
        try {
          const timeout = new Promise<never>((_, rej) => (timer = setTimeout(() => rej(new Error('timeout')), 2000)));
          const pong = await Promise.race([this.redis.ping(), timeout]);
          return pong === 'PONG' ? check.up() : check.down();
        } catch {
          return check.down();
        } finally {
          clearTimeout(timer);
        }
      },
    ]);
  }
}
