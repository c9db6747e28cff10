// A tiny static file server for the built workbench (npm run workbench, npm start on Linux, and the
// browser tests' global setup, the production build test, which mounts dist/ under a sub-folder as
// an organisation's server would). No directory listings; paths outside the root are refused.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

async function fileFor(root, urlPath) {
  let relative;
  try {
    relative = normalize(decodeURIComponent(urlPath.split("?")[0]));
  } catch {
    return undefined;
  }
  const file = join(root, relative);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) return fileFor(root, join(relative, "index.html"));
  return info?.isFile() ? file : undefined;
}

/**
 * Serves `dir` on `host:port` under the URL folder `mount` ("/" or e.g. "/crm/"; anything outside it
 * is not found), trying the next ports (up to `tries`) when one is taken.
 * Resolves to { server, url, close() } once listening; `url` ends with the mount folder.
 */
export async function serveStatic(dir, { port = 3000, host = "127.0.0.1", tries = 20, mount = "/" } = {}) {
  const root = resolve(dir);
  if (!mount.startsWith("/") || !mount.endsWith("/")) throw new Error(`mount must start and end with "/": ${mount}`);
  const server = createServer(async (req, res) => {
    const path = req.url ?? "/";
    const file =
      (req.method === "GET" || req.method === "HEAD") && path.startsWith(mount)
        ? await fileFor(root, path.slice(mount.length - 1))
        : undefined;
    if (!file) {
      res.writeHead(req.method === "GET" || req.method === "HEAD" ? 404 : 405, { "Content-Type": "text/plain" });
      res.end("not found\n");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  for (let p = port; p < port + tries; p++) {
    const listening = await new Promise((ok, fail) => {
      const onError = (e) => (e.code === "EADDRINUSE" ? ok(false) : fail(e));
      server.once("error", onError);
      server.listen(p, host, () => {
        server.off("error", onError);
        ok(true);
      });
    });
    if (listening) {
      const shown = host === "127.0.0.1" || host === "0.0.0.0" ? "localhost" : host;
      return {
        server,
        url: `http://${shown}:${p}${mount}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections(); // a browser's keep-alive sockets would hold close() open
          }),
      };
    }
  }
  throw new Error(`no free port in ${port}–${port + tries - 1}`);
}
