/**
 * IPLOS functional assessment (shared/DOMAIN.md): each variable scored 1–5, 9 = not relevant.
 * 1 no difficulty; 2 manages with difficulty, no help needed; 3 needs some help, the helper need not stay;
 * 4 needs a lot of help, the helper must be present; 5 cannot take part at all.
 * Syn (sight) and hørsel (hearing) use their own 1–4 scale and do not count towards the need group.
 */
export const IPLOS_VARIABLER = [
  { kode: 'sosialDeltakelse', navn: 'Sosial deltakelse' },
  { kode: 'beslutningerIDagliglivet', navn: 'Beslutninger i dagliglivet' },
  { kode: 'styreAtferd', navn: 'Styre atferd' },
  { kode: 'alminneligHusarbeid', navn: 'Alminnelig husarbeid' },
  { kode: 'skaffeVarerOgTjenester', navn: 'Skaffe seg varer og tjenester' },
  { kode: 'lageMat', navn: 'Lage mat' },
  { kode: 'ivaretaEgenHelse', navn: 'Ivareta egen helse' },
  { kode: 'personligHygiene', navn: 'Personlig hygiene' },
  { kode: 'avOgPakledning', navn: 'Av- og påkledning' },
  { kode: 'spise', navn: 'Spise' },
  { kode: 'toalett', navn: 'Toalett' },
  { kode: 'bevegeSegInnendors', navn: 'Bevege seg innendørs' },
  { kode: 'bevegeSegUtendors', navn: 'Bevege seg utendørs' },
  { kode: 'hukommelse', navn: 'Hukommelse' },
  { kode: 'kommunikasjon', navn: 'Kommunikasjon' },
] as const;

export type IplosVariabel = (typeof IPLOS_VARIABLER)[number]['kode'];
export const IPLOS_KODER: readonly IplosVariabel[] = IPLOS_VARIABLER.map((v) => v.kode);

/** 1–5, or 9 for not relevant. */
export type IplosSkaar = 1 | 2 | 3 | 4 | 5 | 9;
export const IPLOS_GYLDIGE_SKAAR: readonly IplosSkaar[] = [1, 2, 3, 4, 5, 9];

/** Sight and hearing: 1 no impairment … 4 severe impairment, 9 not relevant. */
export type SansSkaar = 1 | 2 | 3 | 4 | 9;

/** Need groups used in national statistics. */
export const BISTANDSBEHOV = ['noe_avgrenset', 'middels_til_stort', 'omfattende'] as const;
export type Bistandsbehov = (typeof BISTANDSBEHOV)[number];

export type HjelpFraFamilie = 'ingen' | 'noe' | 'mye';

/**
 * The recorded facts a recommendation is computed from. Criteria may refer to these names only
 * (plus `iplos.<variabel>`), so the list of variables a rule may use is this type.
 */
export interface Vurderingsgrunnlag {
  iplos: Record<IplosVariabel, IplosSkaar>;
  syn: SansSkaar;
  horsel: SansSkaar;
  bistandsbehov: Bistandsbehov;
  borAlene: boolean;
  hjelpFraFamilie: HjelpFraFamilie;
  kognitivSvikt: boolean;
  /** Age in whole years on the decision date. */
  alder: number;
  /** Weekly hours of help the assessment found necessary (0–168), where recorded. */
  vurdertTimebehovPerUke?: number;
  /** The home or situation is unsafe without round-the-clock staff (assessed). */
  utryggUtenHeldognstilbud?: boolean;
  /** Expected duration of the need in months, where assessed (BPA: more than 24). */
  forventetVarighetManeder?: number;
}
