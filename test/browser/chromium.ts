/**
 * Debian's Chromium under playwright-core (playwright cannot download its own browsers here).
 * When it is absent the browser tests skip with one clear line; when present they always run.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export const chromiumPresent = existsSync(CHROMIUM);

export const SKIP_MESSAGE = `browser tests skipped: ${CHROMIUM} not found`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
