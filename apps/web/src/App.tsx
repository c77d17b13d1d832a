import { useEffect, useState, type ReactNode } from 'react';
import { hentOkt, lyttPaaOkt, settOkt, type Okt, type Rolle } from './api/klient';
import { Lenke } from './components/felles';
import { ROLLENAVN } from './format';
import { match, naviger, useSti } from './ruter';
import { Innlogging } from './views/innlogging/Innlogging';
import { Arbeidsliste } from './views/arbeidsliste/Arbeidsliste';
import { RegistrerSoknad } from './views/registrer/RegistrerSoknad';
import { SakSide } from './views/sak/SakSide';
import { VedtakSide } from './views/vedtak/VedtakSide';
import { Dashboard } from './views/dashboard/Dashboard';
import { Rapporter } from './views/rapporter/Rapporter';
import { Brevfeil } from './views/brevfeil/Brevfeil';
import { Tilgangslogg } from './views/tilgangslogg/Tilgangslogg';
import { Kriterier } from './views/kriterier/Kriterier';
import { Brevmaler } from './views/brevmaler/Brevmaler';
import { IngenTilgang } from './views/ingen-tilgang/IngenTilgang';
import { FantIkke } from './views/fant-ikke/FantIkke';
import { Innboks } from './views/innboks/Innboks';
import { PersonSide } from './views/person/PersonSide';
import { Sok } from './views/sok/Sok';

interface Rute {
  monster: string;
  tittel: string;
  roller: Rolle[];
  meny?: boolean;
  vis: (p: Record<string, string>, okt: Okt) => ReactNode;
}

/** Routes and the roles that may see them (the API enforces the same; this only hides what would be refused). */
const RUTER: Rute[] = [
  { monster: '/innboks', tittel: 'Innboks', roller: ['saksbehandler', 'leder'], meny: true, vis: (_p, o) => <Innboks okt={o} /> },
  { monster: '/sok', tittel: 'Søk', roller: ['saksbehandler', 'leder'], meny: true, vis: () => <Sok /> },
  { monster: '/personer/:id', tittel: 'Person', roller: ['saksbehandler', 'leder'], vis: (p) => <PersonSide id={p.id!} /> },
  { monster: '/saker', tittel: 'Arbeidsliste', roller: ['saksbehandler', 'leder'], meny: true, vis: (_p, o) => <Arbeidsliste okt={o} /> },
  { monster: '/saker/ny', tittel: 'Registrer søknad', roller: ['saksbehandler'], meny: true, vis: (_p, o) => <RegistrerSoknad okt={o} /> },
  { monster: '/saker/:id', tittel: 'Sak', roller: ['saksbehandler', 'leder'], vis: (p, o) => <SakSide id={p.id!} okt={o} /> },
  { monster: '/vedtak/:id', tittel: 'Vedtak', roller: ['saksbehandler', 'leder'], vis: (p, o) => <VedtakSide id={p.id!} okt={o} /> },
  { monster: '/dashbord', tittel: 'Likebehandling', roller: ['leder'], meny: true, vis: () => <Dashboard /> },
  { monster: '/rapporter', tittel: 'Rapporter', roller: ['leder', 'tillitsvalgt'], meny: true, vis: (_p, o) => <Rapporter okt={o} /> },
  { monster: '/brevfeil', tittel: 'Feilede brev', roller: ['leder'], meny: true, vis: () => <Brevfeil /> },
  { monster: '/tilgangslogg', tittel: 'Tilgangslogg', roller: ['leder'], meny: true, vis: () => <Tilgangslogg /> },
  { monster: '/kriterier', tittel: 'Tildelingskriterier', roller: ['fagadmin'], meny: true, vis: () => <Kriterier /> },
  { monster: '/brevmaler', tittel: 'Brevmaler', roller: ['fagadmin'], meny: true, vis: () => <Brevmaler /> },
];

export const STARTSIDE: Record<Rolle, string> = { saksbehandler: '/innboks', leder: '/innboks', tillitsvalgt: '/rapporter', fagadmin: '/kriterier' };

export function App() {
  const [okt, settOktState] = useState<Okt | null>(hentOkt);
  const sti = useSti();
  useEffect(() => lyttPaaOkt(settOktState), []);

  let innhold: ReactNode;
  let tittel = 'Logg inn';
  if (!okt) {
    innhold = <Innlogging />;
  } else if (sti === '/' || sti.startsWith('/logg-inn')) {
    innhold = null;
  } else {
    const treff = RUTER.map((r) => ({ r, p: match(r.monster, sti) })).find((t) => t.p);
    if (!treff) {
      tittel = 'Fant ikke siden';
      innhold = <FantIkke />;
    } else if (!treff.r.roller.includes(okt.rolle)) {
      tittel = 'Ingen tilgang';
      innhold = <IngenTilgang tekst={`Rollen ${ROLLENAVN[okt.rolle]?.toLowerCase()} har ikke tilgang til ${treff.r.tittel.toLowerCase()}.`} />;
    } else {
      tittel = treff.r.tittel;
      innhold = <div key={sti}>{treff.r.vis(treff.p!, okt)}</div>;
    }
  }
  const tilStart = okt && (sti === '/' || sti.startsWith('/logg-inn')) ? STARTSIDE[okt.rolle] : null;
  useEffect(() => {
    if (tilStart) naviger(tilStart);
  }, [tilStart]);
  useEffect(() => {
    document.title = `${tittel} – TK Lofoten`;
  }, [tittel]);

  return (
    <>
      <a className="hopp" href="#hovedinnhold">
        Hopp til hovedinnhold
      </a>
      <header className="topp">
        <div className="topp-indre">
          <p className="logo">
            <Lenke til="/">TK Lofoten</Lenke> <span>Felles tildelingskontor</span>
          </p>
          {okt && (
            <div className="bruker">
              <span>
                {okt.navn} · {ROLLENAVN[okt.rolle]} · {okt.kommuner.join(', ')}
              </span>
              <button
                type="button"
                className="sekundar"
                onClick={() => {
                  settOkt(null);
                  naviger('/');
                }}
              >
                Logg ut
              </button>
            </div>
          )}
        </div>
        {okt && (
          <nav aria-label="Hovedmeny" className="meny">
            <ul>
              {RUTER.filter((r) => r.meny && r.roller.includes(okt.rolle)).map((r) => (
                <li key={r.monster}>
                  <Lenke til={r.monster} aria-current={sti === r.monster ? 'page' : undefined}>
                    {r.tittel}
                  </Lenke>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="hovedinnhold" tabIndex={-1}>
        {innhold}
      </main>
      <footer className="bunn">
        <p>Felles tildelingskontor Lofoten · Flakstad, Moskenes, Vestvågøy og Vågan</p>
      </footer>
    </>
  );
}
