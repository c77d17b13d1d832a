import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { createApiApp } from '../apps/api/src/bootstrap.js';
import { byggDokument } from '../apps/api/src/openapi/dokument.js';
import { loadConfig } from '../libs/config/src/config.js';
import { genererSkjema, SKJEMAFIL } from '../libs/klient/src/generer.js';

/**
 * Writes the generated client's types (libs/klient/src/skjema.ts) from the API's OpenAPI document, as the
 * api builds it with this environment (.env: `npm run setup`). The integration tier fails while the file is
 * out of date with the document.
 */
const app = await createApiApp(loadConfig(process.env));
try {
  await writeFile(SKJEMAFIL, await genererSkjema(byggDokument(app)));
  console.log(`Skrev ${SKJEMAFIL}`);
} finally {
  await app.close();
}
