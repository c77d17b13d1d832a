/** CSV for Norwegian spreadsheets: semicolon-separated, decimal comma, UTF-8 with BOM, CRLF. */
export function tilCsv(kolonner: string[], rader: (string | number | null)[][]): string {
  const felt = (v: string | number | null): string => {
    const s = v === null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : v;
    return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + [kolonner, ...rader].map((r) => r.map(felt).join(';')).join('\r\n') + '\r\n';
}
