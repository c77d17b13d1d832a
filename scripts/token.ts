/**
 * Prints a development token: `npm run token -- --role saksbehandler --kommune 1865 [--kommune 1860]
 * [--sub id] [--name "Navn"] [--ttl 3600]`. Signed with AUTH_JWT_SECRET; refused in production.
 */
import { parseArgs } from 'node:util';
import { loadDotEnv } from '../libs/config/src/config.js';
import { signDevToken } from '../libs/auth/src/token-verifier.js';
import { ROLLER } from '../libs/domain/src/felles/typer.js';

loadDotEnv();
const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true },
    kommune: { type: 'string', multiple: true, default: [] },
    sub: { type: 'string' },
    name: { type: 'string' },
    ttl: { type: 'string' },
  },
});
const secret = process.env.AUTH_JWT_SECRET;
const fail = (msg: string) => {
  console.error(msg);
  process.exit(1);
};
if (process.env.NODE_ENV === 'production') fail('Utviklingstokener lages ikke i produksjon.');
if (!secret) fail('Mangler AUTH_JWT_SECRET (sett den i miljøet eller i .env).');
const roles = values.role ?? [];
if (!roles.length || roles.some((r) => !(ROLLER as readonly string[]).includes(r))) fail(`--role må være en av: ${ROLLER.join(', ')}`);
if (values.kommune!.some((k) => !/^\d{4}$/.test(k))) fail('--kommune må være et firesifret kommunenummer');
const sub = values.sub ?? `${roles[0]}-${values.kommune!.join('-') || 'alle'}`;
console.log(
  await signDevToken(
    { sub, name: values.name ?? `Test ${roles.join('/')}`, roles, kommuner: values.kommune!, ttlSeconds: values.ttl ? Number(values.ttl) : undefined },
    secret!,
  ),
);
