/**
 * Loads an .xlsx into exceljs without ever failing on a valid file: first as it is, then — if
 * the library throws, or the package has features it misreads — from a repaired copy, and as a
 * last resort from a copy without Excel tables (their ranges come from the package facts).
 */
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import { BookError } from "./bookError";
import { type PackageFacts, openPackage, readFacts } from "./package";
import { repairPackage } from "./repair";

/** exceljs's typings ask for a Node Buffer; it takes any byte array (and must, in the browser). */
type XlsxInput = Parameters<ExcelJS.Xlsx["load"]>[0];

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  facts: PackageFacts;
  /** How much had to be taken out for the library to read the file (0 = nothing). */
  repair: 0 | 1 | 2;
}

export async function loadWorkbook(input: ArrayBuffer | Uint8Array): Promise<LoadedWorkbook> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const zip = await openPackage(bytes);
  const facts = await readFacts(zip).catch((e: unknown) => {
    // A part that does not inflate (a bad checksum, a cut-off stream) is damage, not a format question.
    throw e instanceof BookError ? e : new BookError("damaged");
  });
  const attempts: Array<{ repair: 0 | 1 | 2; bytes: () => Promise<Uint8Array> }> = [
    { repair: 0, bytes: async () => bytes },
    { repair: 1, bytes: () => repairPackage(zip, facts, { dropTables: false }) },
    { repair: 2, bytes: () => repairPackage(zip, facts, { dropTables: true }) },
  ];
  // A hazard is a silent misreading or a near-hang, not an exception: go straight to the repair.
  const start = facts.hazards.length > 0 ? 1 : 0;
  let lastError: unknown;
  for (const attempt of attempts.slice(start)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load((await attempt.bytes()) as unknown as XlsxInput);
      // Every Date exceljs made depends on this: a wrong belief would shift them all by four years.
      if (Boolean(workbook.properties.date1904) !== facts.date1904) throw new Error("date system misread");
      return { workbook, facts, repair: attempt.repair };
    } catch (e) {
      lastError = e;
    }
  }
  if (await damagedPart(zip)) throw new BookError("damaged");
  // The library's own words, on one line: the command line reports a failure in one line.
  const detail = (lastError instanceof Error ? lastError.message : String(lastError)).split("\n")[0].slice(0, 200);
  throw new BookError("unreadable", detail);
}

/** True when some part does not inflate (a bad checksum, a cut-off stream): only asked once reading failed. */
async function damagedPart(zip: JSZip): Promise<boolean> {
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    try {
      await file.async("uint8array");
    } catch {
      return true;
    }
  }
  return false;
}
