import { existsSync } from 'node:fs';
import { z } from 'zod';

/**
 * Environment validated once at boot into a typed object. A missing or wrong value stops the process
 * with a message naming the variable; nothing downstream reads `process.env` directly.
 */
const postgresUrl = z
  .string({ error: 'mangler (f.eks. postgres://tk_app@127.0.0.1:5432/tk)' })
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'må være en postgres://-adresse');

/** The four municipalities of the office: each has its own integration accounts with KS. */
export const KOMMUNENUMRE = ['1859', '1860', '1865', '1874'] as const;

function svarutAvsendere() {
  const felter: Record<string, z.ZodOptional<z.ZodString>> = {};
  for (const knr of KOMMUNENUMRE) {
    felter[`SVARUT_AVSENDER_${knr}`] = z.string().min(1).max(200).optional();
    felter[`SVARUT_PASSORD_${knr}`] = z.string().min(8, 'må være minst 8 tegn').optional();
  }
  return felter as Record<`SVARUT_AVSENDER_${(typeof KOMMUNENUMRE)[number]}` | `SVARUT_PASSORD_${(typeof KOMMUNENUMRE)[number]}`, z.ZodOptional<z.ZodString>>;
}

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: postgresUrl,
    /** Owner role, used only by migrations. */
    DATABASE_OWNER_URL: postgresUrl.optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /** A streaming replica of DATABASE_URL (same roles): reports and statistics read from it when set. */
    DATABASE_READ_URL: postgresUrl.optional(),
    REDIS_URL: z
      .string()
      .default('redis://127.0.0.1:6379')
      .refine((v) => /^rediss?:\/\//.test(v), 'må være en redis://-adresse'),
    /**
     * A Redis Cluster instead of REDIS_URL: some of its nodes as `host:port,host:port` (the client finds the rest).
     * QUEUE_PREFIX must then be a hash tag (`{tk}`), so every key of a queue lands in one slot.
     */
    REDIS_CLUSTER_NODES: z
      .string()
      .regex(/^[^\s,:]+:\d+(,[^\s,:]+:\d+)*$/, 'må være host:port, kommaseparert')
      .optional(),
    /**
     * Where the queues live: Redis (default) or PostgreSQL through BullMQ's own backend, in the schema
     * `bullmq` of the application's database (one service fewer for a small installation).
     */
    QUEUE_BACKEND: z.enum(['redis', 'postgres']).default('redis'),
    /** Redis keys only; `{tk}` (a hash tag) keeps every key of an installation in one Redis Cluster slot. */
    QUEUE_PREFIX: z
      .string()
      .regex(/^(\{[a-z0-9_-]+\}|[a-z0-9_-]+)$/, 'må være små bokstaver, tall, _ og - (eller det samme i {…} for Redis Cluster)')
      .default('tk'),
    /**
     * `embedded`: the database is the demo's in-process PGlite (one shared session, a superuser behind the
     * application role). Not as safe as a real PostgreSQL, so it is refused in production and the API then
     * listens on loopback only.
     */
    DATABASE_MODE: z.enum(['server', 'embedded']).default('server'),
    AUTH_JWT_SECRET: z.string().min(32, 'må være minst 32 tegn').optional(),
    OIDC_ISSUER: z.url().optional(),
    OIDC_AUDIENCE: z.string().min(1).optional(),
    OIDC_JWKS_URL: z.url().optional(),
    /** The web app's public client at the identity provider (authorization code + PKCE, no secret). */
    OIDC_WEB_CLIENT_ID: z
      .string()
      .max(200, 'kan være høyst 200 tegn')
      .regex(/^[\x21-\x7e]+$/, 'må være synlige ASCII-tegn uten mellomrom')
      .optional(),
    /** Scopes the web app asks for; space-separated scope tokens (RFC 6749 §3.3) that include `openid`. */
    OIDC_SCOPE: z
      .string()
      .regex(/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/, 'må være scope-navn skilt med ett mellomrom (f.eks. «openid profile»)')
      .refine((v) => v.split(' ').includes('openid'), 'må inneholde openid')
      .default('openid profile'),
    /**
     * ID-porten for the citizens' digital form (all three or none; without them the form's API is not offered):
     * the issuer, the audience its access tokens carry for this API, and its keys.
     */
    IDPORTEN_ISSUER: z.url().optional(),
    IDPORTEN_AUDIENCE: z.string().min(1).optional(),
    IDPORTEN_JWKS_URL: z.url().optional(),
    /** The form's public client at ID-porten (authorization code + PKCE, no secret). */
    IDPORTEN_CLIENT_ID: z.string().max(200).regex(/^[\x21-\x7e]+$/, 'må være synlige ASCII-tegn uten mellomrom').optional(),
    /** 32 bytes, base64: encrypts identity numbers and keys their search hash. */
    PERSON_DATA_KEY: z
      .string({ error: 'mangler (32 tilfeldige byte i base64, f.eks. `openssl rand -base64 32`)' })
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'må være 32 byte i base64'),
    HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HTTP_BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/).default('256kb'),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
    /** Where the rate limit counts: per process (`memory`), or in Redis (`REDIS_URL`), shared by every API replica. */
    RATE_LIMIT_STORE: z.enum(['memory', 'redis']).default('memory'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LETTER_OUTPUT_DIR: z.string().default('out/brev'),
    /** KS SvarUt (letters of municipalities whose leveransekanal is `svarut`): base address, e.g. https://svarut.ks.no. */
    SVARUT_URL: z.url().optional(),
    /** Each municipality sends as its own SvarUt avsender with that avsender's service password. */
    ...svarutAvsendere(),
    /** How often the worker asks SvarUt for the status of letters not yet read, printed or failed. */
    SVARUT_STATUS_INTERVAL_MS: z.coerce.number().int().min(1000).default(300_000),
    /** KS asks for a read timeout of 16 minutes on sendForsendelse (SvarUt itself gives up after 15). */
    SVARUT_TIMEOUT_MS: z.coerce.number().int().min(1000).default(960_000),
    /** Fiks Arkiv package outbox: one folder per message, picked up by the archive integration; kvitteringer come back beside it. */
    ARKIV_OUTBOX_DIR: z.string().default('out/arkiv'),
    /** How often the worker archives what is new and reads the archive's kvitteringer. */
    ARKIV_INTERVAL_MS: z.coerce.number().int().min(500).default(60_000),
    REPORT_OUTPUT_DIR: z.string().default('out/rapporter'),
    /** Letters one worker process renders at once (rendering is CPU-bound: scale with processes instead). */
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
    /** How long a job's lock lasts: a killed worker's letter is taken again after this. */
    WORKER_LOCK_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
    /** How often, and after how long, ordered letters whose job is missing are queued again. */
    WORKER_RECONCILE_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
    WORKER_RECONCILE_AFTER_S: z.coerce.number().int().min(0).max(86_400).default(120),
    /** The worker's health endpoints (/health/live, /health/ready); 0 turns them off. */
    WORKER_HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
    /** With no progress (relay round, queue answer) for this long the worker ends itself, non-zero. */
    WORKER_WATCHDOG_S: z.coerce.number().int().min(5).max(3600).default(120),
  })
  .superRefine((env, ctx) => {
    if (env.REDIS_CLUSTER_NODES && !/^\{.+\}$/.test(env.QUEUE_PREFIX)) {
      ctx.addIssue({ code: 'custom', path: ['QUEUE_PREFIX'], message: 'må være en hash-tag, f.eks. {tk}, når REDIS_CLUSTER_NODES er satt' });
    }
    if (env.NODE_ENV === 'production') {
      if (env.DATABASE_MODE === 'embedded') {
        ctx.addIssue({ code: 'custom', path: ['DATABASE_MODE'], message: 'embedded (PGlite) er bare for demoen og er ikke tillatt i produksjon' });
      }
      if (env.AUTH_JWT_SECRET) {
        ctx.addIssue({ code: 'custom', path: ['AUTH_JWT_SECRET'], message: 'er ikke tillatt i produksjon; bruk OIDC' });
      }
      for (const key of ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_JWKS_URL'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'mangler (påkrevd i produksjon)' });
      }
    } else if (!env.AUTH_JWT_SECRET && !env.OIDC_JWKS_URL) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_JWT_SECRET'], message: 'mangler (eller sett OIDC_ISSUER, OIDC_AUDIENCE og OIDC_JWKS_URL)' });
    }
    // Half an OIDC setup would verify tokens without checking their issuer or audience: all three or none.
    const oidc = ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_JWKS_URL'] as const;
    if (env.NODE_ENV !== 'production' && oidc.some((k) => env[k])) {
      for (const key of oidc) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'mangler (OIDC_ISSUER, OIDC_AUDIENCE og OIDC_JWKS_URL hører sammen)' });
      }
    }
    for (const knr of KOMMUNENUMRE) {
      const avsender = env[`SVARUT_AVSENDER_${knr}`];
      const passord = env[`SVARUT_PASSORD_${knr}`];
      if (Boolean(avsender) !== Boolean(passord)) {
        ctx.addIssue({ code: 'custom', path: [avsender ? `SVARUT_PASSORD_${knr}` : `SVARUT_AVSENDER_${knr}`], message: 'mangler (SvarUt-avsender og servicepassord hører sammen)' });
      }
      if (avsender && !env.SVARUT_URL) ctx.addIssue({ code: 'custom', path: ['SVARUT_URL'], message: `mangler (SVARUT_AVSENDER_${knr} er satt)` });
    }
    const idporten = ['IDPORTEN_ISSUER', 'IDPORTEN_AUDIENCE', 'IDPORTEN_JWKS_URL'] as const;
    if (idporten.some((k) => env[k])) {
      for (const key of idporten) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'mangler (IDPORTEN_ISSUER, IDPORTEN_AUDIENCE og IDPORTEN_JWKS_URL hører sammen)' });
      }
    }
    if (env.OIDC_WEB_CLIENT_ID && !env.OIDC_ISSUER) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_WEB_CLIENT_ID'], message: 'krever OIDC_ISSUER (og OIDC_AUDIENCE og OIDC_JWKS_URL)' });
    }
  });

export type AppConfig = Readonly<z.infer<typeof schema>>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ugyldig konfigurasjon:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (`FOO=`) means unset, as in most deployment tools.
  const satt = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(satt);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(miljø)'}: ${i.message}`));
  }
  return Object.freeze(parsed.data);
}

/** Reads `.env` into `process.env` when present (development convenience; real deployments set the environment). */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

export const APP_CONFIG = Symbol('APP_CONFIG');
