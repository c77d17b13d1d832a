import { Lenke, Sidetittel } from '../../components/felles';

/** An address the app does not know: said as such, not as a missing permission. */
export function FantIkke() {
  return (
    <section>
      <Sidetittel>Fant ikke siden</Sidetittel>
      <p>Adressen finnes ikke i saksbehandlingen. Kanskje lenken er gammel, eller adressen har en skrivefeil.</p>
      <p>
        <Lenke til="/">Gå til startsiden</Lenke>
      </p>
    </section>
  );
}
