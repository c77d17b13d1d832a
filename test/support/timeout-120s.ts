import { jest } from '@jest/globals';

// The security tier fuzzes every route; each file gets a longer per-test limit than integration tests.
jest.setTimeout(120_000);
