import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { pinoOptions } from './logging.js';

/** Nest's logger interface over pino, so framework and application logs share one structured stream. */
export class AppLogger implements LoggerService {
  readonly pino: Logger;

  constructor(level: string, service: string) {
    this.pino = pino(pinoOptions(level, service));
  }

  private write(level: 'info' | 'warn' | 'error' | 'debug' | 'trace', message: unknown, rest: unknown[]): void {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    if (message instanceof Error) this.pino[level]({ context, err: { type: message.name, message: message.message } }, message.message);
    else if (message && typeof message === 'object') this.pino[level]({ context, ...(message as object) }, typeof rest[0] === 'string' && rest.length > 1 ? rest[0] : '');
    else this.pino[level]({ context }, String(message));
  }

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
}
