import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { ApiHarness, WorkerHarness } from './harness.js';
import { startChromium } from './nettleser.js';

/** The built web app served by a real API process on a free port, the worker beside it, and Debian's Chromium. */
export interface Nettapp {
  api: ApiHarness;
  worker: WorkerHarness;
  browser: Browser;
  base: string;
  stopp(): Promise<void>;
}

export async function startNettapp(): Promise<Nettapp> {
  if (!existsSync('apps/web/dist/index.html')) throw new Error('Bygg nettappen først: npm run build:web');
  const api = await new ApiHarness().start();
  const worker = await new WorkerHarness().start();
  await api.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
  const browser = await startChromium();
  return {
    api,
    worker,
    browser,
    base,
    async stopp() {
      await browser.close();
      await worker.stop();
      await api.stop();
    },
  };
}
