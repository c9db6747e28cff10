import type { Server } from "node:http";

export interface ServedStatic {
  server: Server;
  /** e.g. "http://localhost:3000/" */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on `host:port`, trying the next ports (up to `tries`) when one is taken. */
export function serveStatic(
  dir: string,
  options?: { port?: number; host?: string; tries?: number },
): Promise<ServedStatic>;
