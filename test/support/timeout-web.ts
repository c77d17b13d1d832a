import { jest } from '@jest/globals';

// Browser tests drive a real Chromium through whole workflows (letters and reports come from the worker).
jest.setTimeout(180_000);
