/**
 * The frame every screenshot script shares: Chromium present, the workbench built (or the one in
 * WORKBENCH_DIR, already built), served on the script's own port so two scripts can run at once,
 * one browser, everything closed afterwards; a failure prints its message and exits 1.
 */
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { buildWorkbench } from "../../scripts/build-workbench.mjs";
import { serveStatic } from "../../scripts/static-server.mjs";
import { CHROMIUM, chromiumPresent, launchChromium } from "./chromium";

export const SHOTS_DIR = resolve(__dirname, "../../docs/screenshots");

export function runShots(name: string, port: number, shoot: (browser: Browser, url: string) => Promise<void>): void {
  const run = async () => {
    if (!chromiumPresent) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
    await mkdir(SHOTS_DIR, { recursive: true });
    const dir = process.env.WORKBENCH_DIR ?? (await buildWorkbench({ outDir: `.tmp/${name}`, mode: "production" }));
    const server = await serveStatic(dir, { port });
    const browser = await launchChromium();
    try {
      await shoot(browser, server.url);
    } finally {
      await browser.close();
      await server.close();
    }
  };
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
