/**
 * The dev server's https certificate. office-addin-dev-certs makes a development CA and a localhost
 * certificate, then installs the CA with sudo (Linux, macOS) or into the user's store (Windows).
 * Where that install cannot happen (no sudo, CI, a container running as root, a declined prompt)
 * its getHttpsServerOptions throws, and on the next run deletes and regenerates the CA — which
 * would undo any trust the user gave it by hand. So this:
 *   - keeps a CA and certificate that are still valid (regenerates only missing or expiring ones);
 *   - tries the library's install once per run, and when it fails serves anyway, printing how to
 *     trust the CA in the browser that opens Excel on the web (see trustInstructions).
 * On Linux browsers do not read the system store that the library installs into, so the
 * instructions are printed there even after a successful install.
 */
import { X509Certificate, createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as devCerts from "office-addin-dev-certs";
import * as defaults from "office-addin-dev-certs/lib/defaults";
import { BuildInputError } from "./build-input-error";

export interface HttpsFiles {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
}

export interface CertPaths {
  ca: string;
  cert: string;
  key: string;
}

export const certPaths = (dir: string): CertPaths => ({
  ca: join(dir, defaults.caCertificateFileName),
  cert: join(dir, defaults.localhostCertificateFileName),
  key: join(dir, defaults.localhostKeyFileName),
});

const DAY_MS = 24 * 60 * 60 * 1000;

/** The CA and the localhost certificate exist, belong together, and stay valid for another day. */
export function certificatesUsable(paths: CertPaths, now = Date.now()): boolean {
  try {
    const ca = new X509Certificate(readFileSync(paths.ca));
    const cert = new X509Certificate(readFileSync(paths.cert));
    const key = createPrivateKey(readFileSync(paths.key));
    const lasts = (c: X509Certificate) => Date.parse(c.validTo) > now + DAY_MS;
    return (
      lasts(ca) &&
      lasts(cert) &&
      cert.checkPrivateKey(key) &&
      cert.verify(ca.publicKey) &&
      cert.checkHost("localhost") !== undefined
    );
  } catch {
    return false;
  }
}

/**
 * How to trust the development CA in a browser, one short paragraph; `reason` says why it is not
 * trusted already.
 */
export function trustInstructions(caPath: string, reason: string): string {
  return [
    `${reason} https://localhost:3000 is served with a certificate your browser does not trust yet, and the add-in`,
    `stays blank in Excel on the web until it does. Once, in the browser that opens Excel (copy ${caPath}`,
    `there if it runs on another computer; it is kept between runs and lasts 30 days):`,
    `  Chrome/Edge on Linux: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in dev CA" -i ca.crt`,
    `    (certutil: apt-get install libnss3-tools), then restart the browser;`,
    `  Firefox: Settings → Privacy & Security → View Certificates → Authorities → Import ca.crt → "Trust this CA to identify websites";`,
    `  macOS: security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db ca.crt;`,
    `  Windows: certutil -user -addstore Root ca.crt.`,
    `No certificate at all: npm run build -- --env url=https://<an https folder you own>/ and host dist/ there (docs/DEPLOY.md).`,
  ].join("\n");
}

export interface DevHttpsOptions {
  /** Where the certificates live; office-addin-dev-certs' ~/.office-addin-dev-certs by default. */
  dir?: string;
  log?: (line: string) => void;
  /** Installs the CA; the library's own by default. */
  install?: (caPath: string) => Promise<void>;
  /** Whether the CA is trusted already; the library's check by default. */
  trusted?: () => boolean;
  platform?: NodeJS.Platform;
}

/** The dev server's https options; never throws because the CA could not be installed. */
export async function devServerHttps({
  dir = defaults.certificateDirectory,
  log = console.log,
  install = (caPath) => devCerts.installCaCertificate(caPath),
  trusted = () => safely(() => devCerts.verifyCertificates(certPaths(dir).cert, certPaths(dir).key)),
  platform = process.platform,
}: DevHttpsOptions = {}): Promise<HttpsFiles> {
  const paths = certPaths(dir);
  if (!certificatesUsable(paths)) {
    try {
      devCerts.deleteCertificateFiles(dir); // the library writes nothing while an old ca.crt is there
      await devCerts.generateCertificates(paths.ca, paths.cert, paths.key);
    } catch (error) {
      throw new BuildInputError(`Could not make the development certificates in ${dir}: ${gist(error)}`);
    }
  }
  let installed = trusted();
  let reason = "";
  if (!installed) {
    try {
      await install(paths.ca);
      installed = true;
    } catch (error) {
      reason = `The development CA could not be installed here (${gist(error)}).`;
    }
  }
  if (installed && platform === "linux")
    reason = "The development CA is in the system store only, which Chrome and Firefox on Linux do not read.";
  if (reason) log(trustInstructions(paths.ca, reason));
  return { ca: readFileSync(paths.ca), cert: readFileSync(paths.cert), key: readFileSync(paths.key) };
}

function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

/** The gist of the library's error ("Unable to install the CA certificate. /bin/sh: 1: sudo: not found"). */
function gist(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.find((l) => /not found|denied|terminal|password|cancel/i.test(l)) ?? lines[0] ?? "unknown error")
    .replace(/^Unable to install the CA certificate\.\s*/, "")
    .replace(/^\/bin\/sh: \d+: /, "");
}
