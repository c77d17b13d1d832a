import { ConfigError, loadConfig } from './config.js';

const key = Buffer.alloc(32, 7).toString('base64');
const valid = { DATABASE_URL: 'postgres://tk_app@127.0.0.1/tk', AUTH_JWT_SECRET: 'x'.repeat(32), PERSON_DATA_KEY: key };

describe('loadConfig', () => {
  it('accepts a complete development environment and fills defaults', () => {
    const c = loadConfig(valid);
    expect(c.NODE_ENV).toBe('development');
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('stops with a message naming DATABASE_URL when it is missing', () => {
    const { DATABASE_URL: _omit, ...rest } = valid;
    expect(() => loadConfig(rest)).toThrow(ConfigError);
    expect(() => loadConfig(rest)).toThrow(/DATABASE_URL: mangler/);
  });

  it('names a malformed value', () => {
    expect(() => loadConfig({ ...valid, REDIS_URL: 'http://x' })).toThrow(/REDIS_URL: må være en redis:\/\/-adresse/);
    expect(() => loadConfig({ ...valid, PERSON_DATA_KEY: 'kort' })).toThrow(/PERSON_DATA_KEY: må være 32 byte/);
  });

  it('takes a Redis Cluster only with a hash-tagged queue prefix, and names a malformed node list', () => {
    expect(loadConfig({ ...valid, REDIS_CLUSTER_NODES: '127.0.0.1:7000,127.0.0.1:7001', QUEUE_PREFIX: '{tk}' }).REDIS_CLUSTER_NODES).toBe('127.0.0.1:7000,127.0.0.1:7001');
    expect(() => loadConfig({ ...valid, REDIS_CLUSTER_NODES: '127.0.0.1:7000' })).toThrow(/QUEUE_PREFIX: må være en hash-tag/);
    expect(() => loadConfig({ ...valid, REDIS_CLUSTER_NODES: 'redis://127.0.0.1', QUEUE_PREFIX: '{tk}' })).toThrow(/REDIS_CLUSTER_NODES: må være host:port/);
    expect(() => loadConfig({ ...valid, RATE_LIMIT_STORE: 'disk' })).toThrow(/RATE_LIMIT_STORE/);
  });

  it('validates the worker settings instead of letting them become NaN', () => {
    expect(loadConfig(valid).WORKER_CONCURRENCY).toBe(2);
    expect(loadConfig({ ...valid, WORKER_CONCURRENCY: '4' }).WORKER_CONCURRENCY).toBe(4);
    expect(() => loadConfig({ ...valid, WORKER_CONCURRENCY: 'abc' })).toThrow(/WORKER_CONCURRENCY/);
    expect(() => loadConfig({ ...valid, WORKER_WATCHDOG_S: '1' })).toThrow(/WORKER_WATCHDOG_S/);
  });

  it('refuses the HS256 secret in production and demands OIDC settings', () => {
    const err = (() => {
      try {
        loadConfig({ ...valid, NODE_ENV: 'production' });
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('expected failure');
    })();
    expect(err.problems).toEqual(
      expect.arrayContaining([
        'AUTH_JWT_SECRET: er ikke tillatt i produksjon; bruk OIDC',
        'OIDC_ISSUER: mangler (påkrevd i produksjon)',
        'OIDC_JWKS_URL: mangler (påkrevd i produksjon)',
      ]),
    );
  });

  describe('OIDC for the web app', () => {
    const oidc = { OIDC_ISSUER: 'https://idp.example/', OIDC_AUDIENCE: 'tk-lofoten', OIDC_JWKS_URL: 'https://idp.example/jwks' };
    const problemer = (env: Record<string, string>): string[] => {
      try {
        loadConfig(env);
      } catch (e) {
        return (e as ConfigError).problems;
      }
      return [];
    };

    it('takes the public client id and defaults the scope to «openid profile»', () => {
      const c = loadConfig({ ...valid, ...oidc, OIDC_WEB_CLIENT_ID: 'tk-web' });
      expect(c.OIDC_WEB_CLIENT_ID).toBe('tk-web');
      expect(c.OIDC_SCOPE).toBe('openid profile');
      expect(loadConfig({ ...valid, ...oidc, OIDC_SCOPE: 'openid profile tk:api' }).OIDC_SCOPE).toBe('openid profile tk:api');
      expect(loadConfig(valid).OIDC_WEB_CLIENT_ID).toBeUndefined();
    });

    it('names a client id without an issuer, and a malformed client id', () => {
      expect(problemer({ ...valid, OIDC_WEB_CLIENT_ID: 'tk-web' })).toEqual(['OIDC_WEB_CLIENT_ID: krever OIDC_ISSUER (og OIDC_AUDIENCE og OIDC_JWKS_URL)']);
      expect(problemer({ ...valid, ...oidc, OIDC_WEB_CLIENT_ID: 'tk web' })).toEqual(['OIDC_WEB_CLIENT_ID: må være synlige ASCII-tegn uten mellomrom']);
    });

    it('names a scope without openid, or one that is not space-separated scope names', () => {
      expect(problemer({ ...valid, ...oidc, OIDC_SCOPE: 'profile' })).toEqual(['OIDC_SCOPE: må inneholde openid']);
      expect(problemer({ ...valid, ...oidc, OIDC_SCOPE: 'openid,profile' })).toEqual(['OIDC_SCOPE: må inneholde openid']);
      expect(problemer({ ...valid, ...oidc, OIDC_SCOPE: 'openid  profile' })[0]).toMatch(/^OIDC_SCOPE: må være scope-navn skilt med ett mellomrom/);
    });

    it('takes the three OIDC settings together or not at all, also outside production', () => {
      expect(problemer({ ...valid, OIDC_JWKS_URL: oidc.OIDC_JWKS_URL })).toEqual([
        'OIDC_ISSUER: mangler (OIDC_ISSUER, OIDC_AUDIENCE og OIDC_JWKS_URL hører sammen)',
        'OIDC_AUDIENCE: mangler (OIDC_ISSUER, OIDC_AUDIENCE og OIDC_JWKS_URL hører sammen)',
      ]);
      // Both kinds of token at once outside production: the development secret and the identity provider.
      const begge = loadConfig({ ...valid, ...oidc });
      expect([begge.AUTH_JWT_SECRET, begge.OIDC_ISSUER]).toEqual([valid.AUTH_JWT_SECRET, oidc.OIDC_ISSUER]);
    });
  });
});
