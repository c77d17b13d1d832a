/**
 * Which code may import which: the layer order of the code base, checked by `npm run lint` (dependency-cruiser).
 *
 * From the bottom up (a unit imports only from tiers below its own, never a sibling in its tier, so no cycle
 * between libraries can form):
 *   pure libs      domain, klient (the generated API client); statistics, letters
 *   plumbing       config, logging; persistence; queue, access, audit, auth; platform, abonnementer
 *   capabilities   hendelser (writes an event and orders its webhook deliveries); brevproduksjon, rapporter,
 *                  dokumenter, innboks; saksbehandling, svarut, arkiv; vedtak, klage, sok, personoversikt
 *   migrations     the schema's history and its runner (import libs; no lib imports them)
 *   apps           api, worker, web
 * Scripts, tests and benches sit on top and may import anything.
 *
 * A library's public surface is its `index.ts`. Imports into another library's `src/` are refused for new code;
 * the deep imports that already exist are listed in .dependency-cruiser-known-violations.json, a list that
 * only shrinks (regenerate it with `npx depcruise-baseline -c .dependency-cruiser.cjs apps libs migrations`
 * after removing some, never to admit new ones).
 */
const TRINN = [
  ['libs/domain', 'libs/klient'],
  ['libs/statistics', 'libs/letters'],
  ['libs/config', 'libs/logging'],
  ['libs/persistence'],
  ['libs/queue', 'libs/access', 'libs/audit', 'libs/auth'],
  ['libs/platform', 'libs/abonnementer'],
  ['libs/hendelser'],
  ['libs/brevproduksjon', 'libs/rapporter', 'libs/dokumenter', 'libs/innboks'],
  ['libs/saksbehandling', 'libs/svarut', 'libs/arkiv'],
  ['libs/vedtak', 'libs/klage', 'libs/sok', 'libs/personoversikt'],
  ['migrations'],
  ['apps/api', 'apps/worker', 'apps/web'],
];

const mappe = (enhet) => `^${enhet}/`;
const enten = (enheter) => `^(${enheter.join('|')})/`;

// One rule per unit: nothing from its own tier (except itself) or any tier above it.
const lagdeling = TRINN.flatMap((trinn, i) =>
  trinn.map((enhet) => {
    const forbudt = [...trinn.filter((e) => e !== enhet), ...TRINN.slice(i + 1).flat()];
    return {
      name: `lag:${enhet}`,
      comment: `${enhet} may import only units in tiers below its own (see the order at the top of .dependency-cruiser.cjs)`,
      severity: 'error',
      from: { path: mappe(enhet) },
      to: { path: enten(forbudt) },
    };
  }),
);

module.exports = {
  forbidden: [
    ...lagdeling.filter((r) => !r.name.startsWith('lag:apps/')),
    {
      name: 'lag:apps',
      comment: 'an app does not import another app',
      severity: 'error',
      from: { path: '^(apps/[^/]+)/' },
      to: { path: '^apps/', pathNot: '^$1/' },
    },
    {
      name: 'lag:verktoy',
      comment: 'apps, libraries and migrations do not import scripts, tests or benches',
      severity: 'error',
      from: { path: '^(apps|libs|migrations)/' },
      to: { path: '^(scripts|test|bench)/' },
    },
    {
      name: 'ingen-sykler',
      comment: 'no import cycle that runs at load time (a cycle through a type-only import is erased by the compiler)',
      severity: 'error',
      from: { path: '^(apps|libs|migrations)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'offentlig-flate',
      comment: "another library is imported through its index.ts, not from its src/ (existing deep imports: see the known-violations list)",
      severity: 'error',
      from: { path: '^((?:apps|libs)/[^/]+|migrations)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: '^$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/|\\.(spec|test)\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
