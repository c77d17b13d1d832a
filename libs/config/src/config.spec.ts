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
});
