/** The CLI bundled as it would ship (one file, packages external), for benches that run it as a child process. */
import { join } from "node:path";
import { buildSync } from "esbuild";

const ROOT = join(__dirname, "..");

export function bundleCli(): string {
  const cli = join(ROOT, ".tmp", "bench", "crm.cjs");
  buildSync({ entryPoints: [join(ROOT, "src/cli/main.ts")], bundle: true, platform: "node", packages: "external", outfile: cli, logLevel: "error" });
  return cli;
}
