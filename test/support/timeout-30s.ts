import { jest } from '@jest/globals';

// Tiers that talk to real services get longer per-test time limits than unit tests.
jest.setTimeout(30_000);
