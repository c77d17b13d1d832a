import { Lenke, Sidetittel } from '../../components/felles';

export function IngenTilgang({ tekst }: { tekst: string }) {
  return (
    <section>
      <Sidetittel>Ingen tilgang</Sidetittel>
      <p>{tekst}</p>
      <p>
        <Lenke til="/">Gå til startsiden</Lenke>
      </p>
    </section>
  );
}
