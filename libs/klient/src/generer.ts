import openapiTS, { astToString } from 'openapi-typescript';

export const SKJEMAFIL = 'libs/klient/src/skjema.ts';

/** The client's types, generated from the OpenAPI document by openapi-typescript (dates stay strings). */
export async function genererSkjema(dokument: object): Promise<string> {
  // A property with a default may be left out of a request: not required in the types either.
  const ast = await openapiTS(dokument as never, { alphabetize: false, defaultNonNullable: false });
  return `/* Generert fra OpenAPI-dokumentet med \`npm run klient\`; endres ikke for hånd. */\n\n${astToString(ast)}`;
}
