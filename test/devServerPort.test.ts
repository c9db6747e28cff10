/**
 * `npm run dev-server` while its port is taken (the workbench left running, say): one line saying
 * what holds the port and how to choose another, not webpack's EADDRINUSE stack trace.
 */
import { spawn } from "node:child_process";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { devServerPort } from "../scripts/dev-port";

const ROOT = join(__dirname, "..");

/** A stand-in for the workbench: its page title on a free port. */
function fakeWorkbench(): Promise<Server> {
  return new Promise((done) => {
    const server = createServer((_req, res) =>
      res.end("<html><head><title>Quadrant CRM workbench</title></head></html>"),
    );
    server.listen(0, () => done(server));
  });
}

function run(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn("npm", ["run", "dev-server", "--", ...args], {
      cwd: ROOT,
      env: { ...process.env, CI: "true", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (out += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (err += c));
    child.on("exit", (code) => done({ code, out, err }));
  });
}

describe("npm run dev-server on a port that is taken", () => {
  it("says in one line that the workbench holds it and how to choose another port, and stops", async () => {
    const server = await fakeWorkbench();
    const { port } = server.address() as AddressInfo;
    try {
      const { code, out, err } = await run(["--port", String(port)]);
      expect(code).not.toBe(0);
      const said = (out + err).split("\n").filter((l) => l.includes(`port ${port} is taken`));
      expect(said).toEqual([
        `dev-server: port ${port} is taken by the workbench (npm start / npm run workbench). Stop it, or choose another port: ` +
          `PORT=${port + 1} npm run dev-server (then upload the manifest it serves, https://localhost:${port + 1}/manifest.xml).`,
      ]);
      expect(out + err).not.toMatch(/EADDRINUSE|\n\s+at .+:\d+:\d+\)?\n/);
    } finally {
      server.close();
    }
  }, 300_000);

  it("takes its port from --port, else PORT, else 3000", () => {
    expect(devServerPort(["serve", "--port", "4100"], { PORT: "4200" })).toBe(4100);
    expect(devServerPort(["serve", "--port=4101"], {})).toBe(4101);
    expect(devServerPort(["serve"], { PORT: "4200" })).toBe(4200);
    expect(devServerPort(["serve"], { PORT: "nope" })).toBe(3000);
  });
});
