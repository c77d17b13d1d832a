/**
 * Case flow (saksflyt): the case statuses, the actions between them and the roles allowed to take each
 * action, as one table of data (OVERGANGER) that the service layer consults before every status change.
 * Pure domain code: the status history and four-eyes facts are stored by the caller.
 */
export * from './saksflyt.js';
