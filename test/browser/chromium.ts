import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startApi, type RunningApi } from './api-server.js';

export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, headless; never a downloaded browser. Missing Chromium is a failure, not a skip. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * The API and Chromium of one test file, started side by side (neither needs the other to start).
 * If either fails, the other is stopped before the error is thrown, so nothing is left running.
 */
export async function startBoth(options: { logLevel?: string } = {}): Promise<[RunningApi, Browser]> {
  const [api, browser] = await Promise.allSettled([startApi(options), launchChromium()]);
  if (api.status === 'fulfilled' && browser.status === 'fulfilled') return [api.value, browser.value];
  if (api.status === 'fulfilled') await api.value.stop();
  if (browser.status === 'fulfilled') await browser.value.close();
  throw api.status === 'rejected' ? api.reason : (browser as PromiseRejectedResult).reason;
}
