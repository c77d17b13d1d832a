/**
 * Persons: validation of Norwegian identity numbers (fødselsnummer and D-nummer), birth date and age,
 * masking for display, and synthetic numbers for tests and demo data.
 * Pure domain code: no I/O, and no message it produces ever contains the number itself.
 */
export * from './fodselsnummer.js';
