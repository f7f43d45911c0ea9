/** Debian's Chromium, driven by playwright-core: never a browser of Playwright's own, never a network call of Chromium's. */
import { type Browser, chromium } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/**
 * Starts Debian's Chromium headless, without its background network traffic (updates, sync, first-run
 * pages); `extraArgs` are more switches (`--host-resolver-rules=MAP name 127.0.0.1` to open a page on a host name).
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
