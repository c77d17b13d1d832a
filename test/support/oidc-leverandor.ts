import { errors, type Configuration } from 'oidc-provider';

/**
 * oidc-provider's features for a test provider whose clients send no `resource`: every access token is a JWT
 * (RS256) for the one API's audience, with the provider's own login and consent pages (devInteractions).
 */
export function jwtForEttApi(ressurs: string, audience: string, scope: string): Configuration['features'] {
  return {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => ressurs,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, indikator) => {
        if (indikator !== ressurs) throw new errors.InvalidTarget();
        return { scope, audience, accessTokenFormat: 'jwt', accessTokenTTL: 600, jwt: { sign: { alg: 'RS256' } } };
      },
    },
  };
}
