/**
 * The production manifest: manifest.xml points at the dev server (https://localhost:3000/); a
 * production build rewrites every one of those URLs to the address where the organisation serves
 * dist/ (any https folder, sub-folders included), takes the version from package.json and,
 * optionally, another add-in Id (a test copy beside the production copy).
 *
 * webpack.config.js applies it to every manifest*.xml; test/production-manifest.test.ts and
 * test/browser/production-build.test.ts check it.
 */

import { BuildInputError } from "./build-input-error";

/** Where manifest.xml points during development. */
export const DEV_ORIGIN = "https://localhost:3000";
/** The placeholder the Office template ships with; a manifest still naming it would not load anywhere. */
export const PLACEHOLDER_HOST = "quadrant-crm.example.com";

export const USAGE =
  "Give the https address where dist/ will be served, e.g.\n" +
  "  npm run build -- --env url=https://intranet.example/crm/\n" +
  "or set ADDIN_URL=https://intranet.example/crm/ (see docs/DEPLOY.md).";

const LOCAL_HOSTS = /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/i;

/**
 * The folder every URL of the production manifest lives under, always ending in "/".
 * Refuses what would give a manifest Office cannot load from the organisation's server.
 */
export function deployBase(raw: string | undefined): URL {
  if (!raw?.trim()) throw new BuildInputError(`A production build needs its address. ${USAGE}`);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new BuildInputError(`"${raw}" is not an absolute URL. ${USAGE}`);
  }
  const refuse = (why: string) =>
    new BuildInputError(`Refusing to build a production manifest for ${raw}: ${why}. ${USAGE}`);
  if (url.protocol !== "https:") throw refuse("Office loads add-ins over https only");
  if (LOCAL_HOSTS.test(url.hostname)) throw refuse("it points at this computer (use npm run dev-server for that)");
  if (url.hostname.toLowerCase() === PLACEHOLDER_HOST)
    throw refuse("it is the template's placeholder, not your server");
  if (url.username || url.password) throw refuse("it carries a user name or password");
  if (url.search || url.hash) throw refuse("the address of a folder has no ?query or #fragment");
  if (/[&<>"']/.test(url.href)) throw refuse("the manifest would need XML escapes (& < > \" ')");
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/** The four-part manifest version (n.n.n.n) of a package.json version ("1.2.3" → "1.2.3.0"). */
export function manifestVersion(packageVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(packageVersion.trim());
  if (!m) throw new BuildInputError(`package.json version "${packageVersion}" is not major.minor.patch`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The add-in Id of a second copy (--env id / ADDIN_ID), lower-cased; refuses anything but a GUID. */
export function addinId(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!GUID.test(raw))
    throw new BuildInputError(
      `--env id=${raw} is not a GUID. Make one once per copy and keep it for every update, e.g.\n` +
        `  node -e "console.log(crypto.randomUUID())"`,
    );
  return raw.toLowerCase();
}

export interface ProductionOptions {
  /** From deployBase. */
  base: URL;
  /** package.json's version. */
  version: string;
  /** Another add-in Id (a GUID), for a second copy of the add-in in the same organisation. */
  id?: string;
}

/**
 * Rewrites a development manifest for `base`. Every dev-server URL moves under `base` (the
 * AppDomain becomes its origin); anything still naming localhost or the placeholder afterwards
 * fails the build rather than ship a manifest that loads nothing.
 */
export function productionManifest(xml: string, { base, version, id }: ProductionOptions): string {
  const newId = addinId(id);
  // Comments are left as written (they explain the development manifest); only markup moves.
  const commentOrDevUrl = new RegExp(`(<!--[\\s\\S]*?-->)|${escape(DEV_ORIGIN)}(/[^"'<\\s]*)?`, "g");
  let out = xml
    .replace(commentOrDevUrl, (all, comment?: string, path?: string) =>
      comment ? all : path ? new URL(path.slice(1), base).href : base.origin,
    )
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (newId) out = out.replace(/<Id>[^<]*<\/Id>/, `<Id>${newId}</Id>`);
  // Comments may name the dev server; only the markup has to be free of it.
  const markup = out.replace(/<!--[\s\S]*?-->/g, "");
  for (const [bad, what] of [
    [/https?:\/\/(localhost|127\.0\.0\.1)\b[^"'<\s]*/i, "a local address"],
    [new RegExp(`https?://${escape(PLACEHOLDER_HOST)}[^"'<\\s]*`, "i"), "the template's placeholder"],
  ] as const) {
    const found = bad.exec(markup);
    if (found)
      throw new BuildInputError(`Refusing to write a production manifest that still names ${what}: ${found[0]}`);
  }
  return out;
}

export type Target = "addin" | "workbench";

export interface BuildPlan {
  targets: Target[];
  /** Where the add-in will be served; undefined keeps the dev server's URLs. */
  deploy?: { base: URL; id?: string };
}

/**
 * What webpack builds for its `--env` options and the environment: `target` (addin, workbench;
 * both by default, the add-in alone for a given url), `url` / ADDIN_URL, `id` / ADDIN_ID.
 * A production add-in build must say where it will live; a development build keeps localhost
 * unless given a url.
 */
export function buildPlan(
  env: { target?: string; url?: string; id?: string },
  dev: boolean,
  environment: Record<string, string | undefined> = process.env,
): BuildPlan {
  const url = env.url ?? environment.ADDIN_URL;
  const target = env.target ?? (url ? "addin" : "all");
  const targets: Target[] =
    target === "all" ? ["addin", "workbench"] : target === "addin" || target === "workbench" ? [target] : [];
  if (targets.length === 0) throw new BuildInputError(`unknown --env target=${target} (addin, workbench)`);
  const addin = targets.includes("addin");
  return {
    targets,
    deploy: addin && (url || !dev) ? { base: deployBase(url), id: addinId(env.id ?? environment.ADDIN_ID) } : undefined,
  };
}
