// The integration tier checks every response it receives against the OpenAPI document (see ApiHarness).
process.env.TK_KONTRAKTSJEKK = '1';
