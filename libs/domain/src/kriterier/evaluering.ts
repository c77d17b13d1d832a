/**
 * The recommendation (anbefaling): given the assessment and the set in force on the decision date for the
 * responsible municipality, exactly one outcome per service, with the reasons that fired. Pure and
 * deterministic, so a decision can store the set version and inputs and be explained later.
 */
import { DomeneFeil, type Maalform } from '../felles/typer.js';
import type { Vurderingsgrunnlag } from '../kartlegging/iplos.js';
import { oppfylt } from './betingelse.js';
import type { Anbefaling, Begrunnelse, EffektivRegel, EffektivtKriteriesett, Kriteriesett, Regel } from './typer.js';

function erLokal(r: Regel | EffektivRegel): r is EffektivRegel & { kilde: 'lokalt_avvik' } {
  return 'kilde' in r && r.kilde === 'lokalt_avvik';
}

/**
 * Evaluates the requested services in the order given (each once). Rules are tried in order and the first
 * match decides; a validated set ends every list with a catch-all, so a service always gets one answer.
 * The reasons are the draft of the letter's assessment section (fvl. §§ 24–25); a local deviation adds its
 * own reason so the letter names the local rule that was applied.
 * @throws DomeneFeil (422) if the set has no criteria for a requested service.
 */
export function evaluer(sett: EffektivtKriteriesett | Kriteriesett, grunnlag: Vurderingsgrunnlag, tjenestekoder: readonly string[]): Anbefaling[] {
  return [...new Set(tjenestekoder)].map((kode) => {
    const tjeneste = sett.tjenester[kode];
    if (!tjeneste) {
      throw new DomeneFeil('KRITERIER_MANGLER_TJENESTE', `Kriteriesettet «${sett.navn}» versjon ${sett.versjon} har ingen kriterier for tjenesten «${kode}».`, 422);
    }
    const regel: Regel | EffektivRegel | undefined = tjeneste.regler.find((r: Regel) => oppfylt(r.naar, { grunnlag, nivaaer: tjeneste.nivaaer }));
    if (!regel) {
      throw new DomeneFeil('KRITERIER_INGEN_REGEL', `Ingen regel for «${kode}» i «${sett.navn}» versjon ${sett.versjon} passet; kriteriesettet mangler oppsamlingsregel og må valideres.`, 422);
    }
    const begrunnelser: Begrunnelse[] = [{ regelId: regel.id, tekst: regel.begrunnelse, tekstNn: regel.begrunnelseNn, hjemmel: regel.hjemmel }];
    const lokal = erLokal(regel);
    if (lokal && regel.avvik) {
      begrunnelser.push({
        regelId: regel.id,
        tekst: `Regelen er et lokalt avvik fra de felles tildelingskriteriene: ${regel.avvik.begrunnelse}`,
        tekstNn: `Regelen er eit lokalt avvik frå dei felles tildelingskriteria: ${regel.avvik.begrunnelseNn}`,
        hjemmel: regel.avvik.vedtattAv,
      });
    }
    return {
      tjenestekode: kode,
      utfall: regel.utfall,
      omfang: regel.omfang ? { ...regel.omfang } : null,
      regelId: regel.id,
      lokaltAvvik: lokal,
      begrunnelser,
      kriteriesettNavn: sett.navn,
      kriteriesettVersjon: sett.versjon,
      omsorgstrappNivaa: tjeneste.nivaa,
    };
  });
}

/**
 * The recommendation's reasons as one paragraph in the letter's målform: the draft of the assessment and of a
 * refused line's reason. A recommendation stored before the criteria had nynorsk texts falls back to bokmål.
 */
export function begrunnelsestekst(a: Pick<Anbefaling, 'begrunnelser'>, maalform: Maalform): string {
  return a.begrunnelser.map((b) => (maalform === 'nn' && b.tekstNn ? b.tekstNn : b.tekst)).join(' ');
}

/** The set's published name in the letter's målform (a set saved before it had a nynorsk name keeps its bokmål one). */
export function kriteriesettnavn(sett: Pick<Kriteriesett, 'navn' | 'navnNn'>, maalform: Maalform): string {
  return maalform === 'nn' && sett.navnNn ? sett.navnNn : sett.navn;
}
