/**
 * The dev server's port: `--port N` (webpack serve's own flag), else PORT, else 3000. Taken by
 * something else (the workbench, another dev server), `npm run dev-server` says so in one line —
 * what holds it and how to choose another — instead of webpack's EADDRINUSE stack trace.
 */
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { createServer } from "node:net";

export const DEFAULT_DEV_PORT = 3000;

export function devServerPort(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  const i = argv.findIndex((a) => a === "--port" || a.startsWith("--port="));
  const flag = i < 0 ? undefined : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  for (const raw of [flag, env.PORT]) {
    const n = Number(raw);
    if (raw && Number.isInteger(n) && n > 0 && n < 65536) return n;
  }
  return DEFAULT_DEV_PORT;
}

/** Whether `port` can be listened on (as the dev server will, on every interface). */
export function portFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once("error", () => done(false));
    probe.listen(port, () => probe.close(() => done(true)));
  });
}

/** The page at `/` on `port`, over http or https, in at most a second; "" if none answers. */
function pageAt(port: number, secure: boolean): Promise<string> {
  return new Promise((done) => {
    const request = secure ? httpsRequest : httpRequest;
    const req = request({ host: "localhost", port, path: "/", timeout: 1000, rejectUnauthorized: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk.slice(0, 4000)));
      res.on("end", () => done(body));
    });
    req.on("error", () => done(""));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

/** Who holds the port, as far as asking it tells. */
export async function portHolder(port: number): Promise<string> {
  const [plain, secure] = await Promise.all([pageAt(port, false), pageAt(port, true)]);
  if (/Quadrant CRM workbench/.test(plain + secure)) return "the workbench (npm start / npm run workbench)";
  if (/taskpane/.test(secure)) return "another `npm run dev-server`";
  return "another program";
}

/** The one line said when the port is taken. */
export function portTakenMessage(port: number, holder: string): string {
  const other = port === DEFAULT_DEV_PORT ? DEFAULT_DEV_PORT + 1 : port + 1;
  return (
    `dev-server: port ${port} is taken by ${holder}. Stop it, or choose another port: ` +
    `PORT=${other} npm run dev-server (then upload the manifest it serves, https://localhost:${other}/manifest.xml).`
  );
}
