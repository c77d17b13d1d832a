/**
 * Deadlines (frister): due dates from processing norms, the interim reply after one month
 * (forvaltningsloven § 11 a), the complaint deadline (pasient- og brukerrettighetsloven § 7-5) and the
 * work list's overdue and due-soon flags, on `YYYY-MM-DD` dates with calendar arithmetic in UTC.
 * Pure domain code: "today" is always a parameter, never read from the clock.
 */
export * from './dato.js';
export * from './frister.js';
