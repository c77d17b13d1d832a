/**
 * Checks what the test tier sent to and received from the integration stand-ins against KS's own schemas:
 * SvarUt's JSON (ajv, KS's svarut-rest-v1 JSON schemas) and every Fiks Arkiv arkivmelding.xml
 * (`xmllint --schema`, no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd). The schemas are read where they
 * lie (`../shared/schemas` by default); without them the check says so and passes, since the project does not
 * carry KS's files itself.
 *
 *   node --import @swc-node/register/esm-register scripts/sjekk-integrasjonsprover.ts [schemas] [prover]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';

const skjemaer = process.argv[2] ?? '../shared/schemas';
const prover = process.argv[3] ?? process.env.INTEGRASJON_PROVER_DIR ?? 'test/.artifacts/integrasjoner';

/** The saved message's type (its file name's second-last part) and the schema it must follow. */
const SVARUT: Record<string, string> = {
  forsendelse: 'forsendelse.json',
  forsendelsesId: 'forsendelseid.json#/definitions/forsendelsesId',
  forsendelsesIdResult: 'forsendelseid.json',
  forsendelseStatus: 'forsendelseStatus.json#/definitions/forsendelseStatus',
  forsendelseStatusResult: 'forsendelseStatus.json',
  forsendelseHistorikk: 'forsendelseHistorikk.json',
  error: 'error.json',
};
const ARKIVMELDING_XSD = 'no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd';
/** The stand-in archive's answers are checked too: the system reads what a real archive would send. */
const KVITTERING_XSD = 'no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.kvittering.xsd';
const BASIS = 'https://schemas.invalid/svarut-rest-v1/';

function filer(mappe: string, slutt: string): string[] {
  if (!existsSync(mappe)) return [];
  return readdirSync(mappe, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(slutt))
    .map((f) => join(mappe, f))
    .sort();
}

if (!existsSync(skjemaer)) {
  console.log(`KS-skjemaene finnes ikke i ${skjemaer}: integrasjonsmeldingene sjekkes ikke mot dem.`);
  process.exit(0);
}

const feil: string[] = [];

// SvarUt: KS's JSON schemas are draft-06 and carry Java code-generation keywords (javaType, existingJavaType).
const svarutMappe = join(skjemaer, 'svarut-rest-v1');
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-06.json'));
for (const fil of readdirSync(svarutMappe).filter((f) => f.endsWith('.json'))) {
  ajv.addSchema({ ...JSON.parse(readFileSync(join(svarutMappe, fil), 'utf8')), $id: BASIS + fil });
}
const json = filer(join(prover, 'svarut'), '.json');
for (const fil of json) {
  const type = fil.split('.').at(-2)!;
  const ref = SVARUT[type];
  if (!ref) {
    feil.push(`${fil}: ukjent meldingstype ${type}`);
    continue;
  }
  const valider = ajv.getSchema(BASIS + ref)!;
  if (!valider(JSON.parse(readFileSync(fil, 'utf8')))) feil.push(`${fil} (${ref}): ${ajv.errorsText(valider.errors)}`);
}

function xmllint(xsd: string, filene: string[]): void {
  for (let i = 0; i < filene.length; i += 200) {
    try {
      execFileSync('xmllint', ['--noout', '--schema', join(skjemaer, 'fiks-arkiv-v1', xsd), ...filene.slice(i, i + 200)], { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      feil.push(String((e as { stderr?: Buffer }).stderr ?? e));
    }
  }
}
const xml = filer(join(prover, 'arkiv'), '/arkivmelding.xml');
const kvitteringer = filer(join(prover, 'arkiv'), '/arkivmeldingKvittering.xml');
xmllint(ARKIVMELDING_XSD, xml);
xmllint(KVITTERING_XSD, kvitteringer);

console.log(`SvarUt: ${json.length} meldinger sjekket mot svarut-rest-v1; Fiks Arkiv: ${xml.length} arkivmeldinger og ${kvitteringer.length} kvitteringer sjekket mot ${ARKIVMELDING_XSD} og ${KVITTERING_XSD}.`);
if (!json.length || !xml.length) feil.push('Testene lagret ingen SvarUt-meldinger eller ingen arkivmeldinger: sjekken ville ikke sjekket noe.');
if (feil.length) {
  console.error(feil.join('\n'));
  process.exit(1);
}
