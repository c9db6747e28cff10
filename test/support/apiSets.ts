/**
 * The requirement set of every member of the Excel object model, read from the JSDoc of
 * `@types/office-js` (`[Api set: ExcelApi 1.7]`): the source Microsoft publishes, not a table of
 * ours. Keys are `Class.member` ("Range.dataValidation" → "1.8"); an overloaded member keeps its
 * lowest set. Members marked for other sets (ExcelApiOnline, preview) map to "99" (never available
 * at a numbered level).
 */
import { readFileSync } from "node:fs";

let cached: Map<string, string> | undefined;

export function excelApiSets(): Map<string, string> {
  if (cached) return cached;
  const text = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const start = text.indexOf("declare namespace Excel {");
  const end = text.indexOf("    namespace Interfaces {", start);
  const lines = text.slice(start, end).split("\n");
  const out = new Map<string, string>();
  let cls: string | undefined;
  let set: string | undefined;
  for (const line of lines) {
    const c = /^ {4}(?:abstract )?class (\w+)/.exec(line);
    if (c) {
      cls = c[1];
      set = undefined;
      continue;
    }
    if (/^ {4}\}/.test(line)) cls = undefined;
    if (!cls) continue;
    const s = /\[Api set: ([\w ]+?) ([\d.]+)\]/.exec(line);
    if (s) set = s[1] === "ExcelApi" ? s[2] : "99";
    const m = /^ {8}(?:readonly )?(\w+)\??[(:<]/.exec(line);
    if (m && set) {
      const key = `${cls}.${m[1]}`;
      const old = out.get(key);
      if (!old || compareSets(set, old) < 0) out.set(key, set);
      set = undefined;
    }
  }
  cached = out;
  return out;
}

/** "1.10" after "1.9". */
export function compareSets(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || (a2 ?? 0) - (b2 ?? 0);
}
