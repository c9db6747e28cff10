/**
 * `npm run dev-server` on a Linux machine where the development CA cannot be installed (no sudo,
 * or sudo asking for a password nobody can type, as in CI): it serves the add-in over https with
 * the generated certificate, says how to trust it, and exits 0 when stopped. Runs with an empty
 * HOME, as on a fresh machine; where sudo exists, with a `sudo` that refuses the way sudo does
 * without a terminal, so that the test never installs a CA into the machine it runs on; and on a
 * free port, so that a workbench or dev server someone left running cannot get in the way.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.on("error", fail);
  });
}

/** Listens on `port` and closes again: rejects while something still holds it. */
function listenOn(port: number): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(port, "127.0.0.1", () => probe.close(() => done(port)));
    probe.on("error", fail);
  });
}

/** GET over https, trusting only `ca`: a certificate the CA did not sign for localhost fails. */
function fetchWithCa(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    get(url, { ca }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, body }));
    }).on("error", fail);
  });
}

/** Without sudo (this project's CI container) the real thing happens; with it, a stand-in refuses. */
const sudoHere = spawnSync("sh", ["-c", "command -v sudo"]).status === 0;
const SUDO_REFUSES = "sudo: a terminal is required to read the password";

/** The CA install is sudo on Linux; elsewhere it would prompt the person running the tests. */
const onLinux = process.platform === "linux" ? describe : describe.skip;

onLinux("npm run dev-server where the development CA cannot be installed", () => {
  // A webpack development compile: ~30 s idle, past 120 s on two cores shared with other test runs.
  jest.setTimeout(300_000);
  const home = mkdtempSync(join(tmpdir(), "quadrant-dev-server-"));
  let server: ChildProcess | undefined;
  let output = "";
  let errors = "";
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  let port = 0;

  /** Resolves once the output contains `text`; rejects if the server exits first. */
  const waitFor = (text: string | RegExp) =>
    new Promise<void>((done, fail) => {
      const seen = () => (typeof text === "string" ? output.includes(text) : text.test(output));
      if (seen()) return done();
      const onData = () => {
        if (!seen()) return;
        server?.stdout?.off("data", onData);
        done();
      };
      server?.stdout?.on("data", onData);
      void exited.then(({ code }) =>
        fail(new Error(`dev server exited (${code}) before printing ${text}:\n${output}\n${errors}`)),
      );
    });

  beforeAll(async () => {
    port = await freePort();
    const bin = join(home, "bin");
    mkdirSync(bin);
    if (sudoHere) {
      writeFileSync(join(bin, "sudo"), `#!/bin/sh\necho "${SUDO_REFUSES}" >&2\nexit 1\n`);
      chmodSync(join(bin, "sudo"), 0o755);
    }
    // detached: its own process group, so stopping it is Ctrl+C to npm and webpack together.
    server = spawn("npm", ["run", "dev-server", "--", "--port", String(port)], {
      cwd: ROOT,
      detached: true,
      env: {
        ...process.env,
        HOME: home,
        PATH: `${bin}:${process.env.PATH}`,
        npm_config_cache: join(home, ".npm"),
        CI: "true",
        FORCE_COLOR: "0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // webpack colours its summary whatever the terminal; the test reads the plain text.
    const plain = (chunk: string) => chunk.replace(/\x1b\[[0-9;]*m/g, "");
    server.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += plain(chunk)));
    server.stderr!.setEncoding("utf8").on("data", (chunk: string) => (errors += plain(chunk)));
    exited = new Promise((done) => server!.on("exit", (code, signal) => done({ code, signal })));
    await waitFor(/compiled (successfully|with)/);
  });

  afterAll(async () => {
    if (server?.exitCode === null && server.signalCode === null && server.pid) process.kill(-server.pid, "SIGKILL");
    rmSync(home, { recursive: true, force: true });
  });

  it("says why the CA is not trusted and how to trust it in the browser, without a stack trace", () => {
    const ca = join(home, ".office-addin-dev-certs", "ca.crt");
    const why = sudoHere ? SUDO_REFUSES : "sudo: not found";
    expect(output).toContain(`The development CA could not be installed here (${why}).`);
    expect(output).toContain(`certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in dev CA" -i ca.crt`);
    expect(output).toContain(
      "Firefox: Settings → Privacy & Security → View Certificates → Authorities → Import ca.crt",
    );
    expect(output).toContain(ca);
    expect(output + errors).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  it("serves the task pane over https with a certificate the generated CA vouches for", async () => {
    const ca = readFileSync(join(home, ".office-addin-dev-certs", "ca.crt"));
    const page = await fetchWithCa(`https://localhost:${port}/taskpane.html`, ca);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root"></div>');
    expect(page.body).toContain('src="taskpane.js"');
  });

  it("keeps running until stopped with Ctrl+C, then ends cleanly and frees the port", async () => {
    expect([server!.exitCode, server!.signalCode]).toEqual([null, null]);
    process.kill(-server!.pid!, "SIGINT"); // what Ctrl+C in a terminal sends to the whole group
    const { code, signal } = await exited;
    // webpack exits 0; npm itself ends by the signal, as every npm script does on Ctrl+C.
    expect(code === 0 || signal === "SIGINT").toBe(true);
    expect(errors).not.toMatch(/error/i);
    await expect(listenOn(port)).resolves.toBe(port);
  });
});
