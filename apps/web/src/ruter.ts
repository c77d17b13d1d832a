import { useEffect, useState } from 'react';

/** A tiny history router: paths are plain URLs, the API's SPA fallback serves index.html for them. */
export function naviger(sti: string): void {
  if (sti === location.pathname + location.search) return;
  history.pushState(null, '', sti);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function useSti(): string {
  const [sti, settSti] = useState(location.pathname);
  useEffect(() => {
    const oppdater = () => settSti(location.pathname);
    addEventListener('popstate', oppdater);
    return () => removeEventListener('popstate', oppdater);
  }, []);
  return sti;
}

/** Matches `/saker/:id` style patterns; returns the parameters or null. */
export function match(monster: string, sti: string): Record<string, string> | null {
  const m = monster.split('/');
  const s = sti.replace(/\/+$/, '').split('/');
  if (m.length !== s.length) return null;
  const ut: Record<string, string> = {};
  for (let i = 0; i < m.length; i++) {
    if (m[i]!.startsWith(':')) ut[m[i]!.slice(1)] = decodeURIComponent(s[i]!);
    else if (m[i] !== s[i]) return null;
  }
  return ut;
}
