/**
 * Needs assessment (kartlegging): the IPLOS variables and scores, validation of an assessment with
 * field-named errors, and the office's documented rule for the need group
 * (noe/avgrenset, middels til stort, omfattende). Pure domain code.
 */
export * from './iplos.js';
export * from './bistandsbehov.js';
