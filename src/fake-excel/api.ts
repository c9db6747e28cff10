/**
 * Requirement sets. Excel runs the add-in's Office.js calls only up to the ExcelApi version the
 * host supports: a member above it fails with `ApiNotFound`. Given `api: { level, members }`, the
 * in-memory Excel does the same — `members` maps `Class.member` to its set (the caller reads it
 * from the `@types/office-js` JSDoc; the browser build has no table and checks nothing) — and
 * records every member used, so a test can compare the highest one with the manifest.
 */
import { FakeOfficeError } from "./errors";

export interface ApiOptions {
  /** The host's ExcelApi version, e.g. "1.8". */
  level: string;
  /** `Class.member` → the ExcelApi version that introduced it. */
  members?: ReadonlyMap<string, string>;
}

/** "1.10" after "1.9". */
export function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || (a2 ?? 0) - (b2 ?? 0);
}

export class ApiGate {
  /** Member → set, for every member of the table used so far. */
  readonly used = new Map<string, string>();

  constructor(readonly options: ApiOptions) {}

  get checks(): boolean {
    return this.options.members !== undefined;
  }

  /** Office's `isSetSupported("ExcelApi", "1.8")`. */
  isSetSupported(name: string, version = "1.1"): boolean {
    return name === "ExcelApi" && compareVersions(version, this.options.level) <= 0;
  }

  /** The error a use of `member` of `cls` causes at sync, or undefined when the host has it. */
  use(cls: string, member: string): FakeOfficeError | undefined {
    const key = `${cls}.${member}`;
    const set = this.options.members?.get(key);
    if (set === undefined) return undefined;
    this.used.set(key, set);
    if (compareVersions(set, this.options.level) <= 0) return undefined;
    return new FakeOfficeError(
      "ApiNotFound",
      `The API you are trying to use could not be found: ${key} needs ExcelApi ${set}; this Excel supports ${this.options.level}.`,
    );
  }
}
