import type { LoggerOptions } from 'pino';

/** Eleven digits in a row: the shape of a national identity number. */
const ELLEVE_SIFFER = /(?<!\d)\d{11}(?!\d)/g;

/** Masks identity-number-shaped sequences wherever they hide in a log value. */
export function skrubb(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(ELLEVE_SIFFER, '***********');
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => skrubb(v, depth + 1));
  if (value instanceof Error) return { type: value.name, message: skrubb(value.message, depth + 1) };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = skrubb(v, depth + 1);
  return out;
}

/**
 * Structured logs (pino) for api and worker. Personal data never reaches a log line: known fields are
 * redacted by path, bodies and query strings are not logged at all, and any 11-digit sequence left in a
 * message is masked as a last wall.
 */
export function pinoOptions(level: string, service: string): LoggerOptions {
  return {
    level,
    base: { service },
    messageKey: 'message',
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.fodselsnummer',
        '*.*.fodselsnummer',
        '*.navn',
        '*.adresse',
        '*.telefon',
        'body',
        'req.body',
      ],
      censor: '[skjult]',
    },
    formatters: {
      log: (obj) => skrubb(obj) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => skrubb(a)) as Parameters<typeof method>);
      },
    },
  };
}
