/**
 * Test factory: a neutral assessment (no difficulties, not alone, no family help, 70 years) that each test
 * changes only where it matters, so a table row shows exactly the facts that decide it.
 */
import { IPLOS_KODER, type IplosSkaar, type IplosVariabel, type Vurderingsgrunnlag } from '../kartlegging/iplos.js';

export type Vurderingsendringer = Partial<Omit<Vurderingsgrunnlag, 'iplos'>> & { iplos?: Partial<Record<IplosVariabel, IplosSkaar>> };

export function lagVurderingsgrunnlag(endringer: Vurderingsendringer = {}): Vurderingsgrunnlag {
  const { iplos, ...resten } = endringer;
  const skaar = Object.fromEntries(IPLOS_KODER.map((k) => [k, 1])) as Record<IplosVariabel, IplosSkaar>;
  return {
    syn: 1,
    horsel: 1,
    bistandsbehov: 'noe_avgrenset',
    borAlene: false,
    hjelpFraFamilie: 'ingen',
    kognitivSvikt: false,
    alder: 70,
    ...resten,
    iplos: { ...skaar, ...iplos },
  };
}
