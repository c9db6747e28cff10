import type { Server } from "node:http";

export interface ServedStatic {
  server: Server;
  /** e.g. "http://localhost:3000/" (or "http://localhost:3000/crm/" when mounted there) */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` on `host:port` under the URL folder `mount` (default "/"), trying the next ports
 * (up to `tries`) when one is taken.
 */
export function serveStatic(
  dir: string,
  options?: { port?: number; host?: string; tries?: number; mount?: string },
): Promise<ServedStatic>;
