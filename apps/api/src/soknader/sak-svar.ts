import { medDomenenavn, medNyeNavn } from '../http/feltnavn.js';

/** An assessment as the API answers it: its fields and IPLOS variables by the API's names. */
export function kartleggingSvar<K extends { iplos: object }>(k: K) {
  return medNyeNavn({ ...k, iplos: medNyeNavn(k.iplos) });
}

/** A case (summary or detail) as the API answers it, its assessments included. */
export function sakSvar<S extends object>(sak: S) {
  const svar = medNyeNavn(sak);
  const kartlegginger = (sak as { kartlegginger?: { iplos: object }[] }).kartlegginger;
  return kartlegginger ? { ...svar, kartlegginger: kartlegginger.map(kartleggingSvar) } : svar;
}

/** An assessment request by the domain's names; the deprecated old names are still accepted. */
export function kartleggingInn<K extends { iplos: Record<string, number> }>(body: K): K {
  return { ...medDomenenavn(body), iplos: medDomenenavn(body.iplos) } as K;
}
