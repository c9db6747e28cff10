/**
 * Sheet protection (`worksheet.protection`, ExcelApi 1.2). On a protected sheet Excel refuses every
 * change to locked cells, and every cell is locked unless someone unlocked it; the Office.js
 * reference names `AccessDenied` for changes refused by protection. The in-memory Excel takes the
 * stricter reading everywhere the documentation is silent (docs/DECISIONS.md): every cell is locked
 * (cell locking is not modelled), so values, formulas, clears, inserted or deleted cells, tables and
 * their rows and columns, conditional formats, validation, merging and charts are all refused; only
 * what an option explicitly allows passes (`allowFormatCells` for formats, `allowAutoFilter` for a
 * table's filter, `allowEditObjects` for charts).
 */
import { FakeOfficeError, invalidOperation } from "./errors";
import type { Sheet } from "./grid";
import { FakeClientObject } from "./proxy";
import type { WorkbookModel } from "./workbook-model";

/** `Excel.WorksheetProtectionOptions` as given to `protect` (absent = false, as in Excel). */
export type ProtectionOptions = Partial<Record<ProtectionOption, boolean>>;

export type ProtectionOption =
  | "allowAutoFilter"
  | "allowDeleteColumns"
  | "allowDeleteRows"
  | "allowEditObjects"
  | "allowEditScenarios"
  | "allowFormatCells"
  | "allowFormatColumns"
  | "allowFormatRows"
  | "allowInsertColumns"
  | "allowInsertHyperlinks"
  | "allowInsertRows"
  | "allowPivotTables"
  | "allowSort";

const OPTIONS: readonly ProtectionOption[] = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
];

export interface ProtectionModel {
  options: ProtectionOptions;
  password?: string;
}

/** Throws `AccessDenied` when `sheet` is protected, unless `allowedBy` is one of its options. */
export function checkUnprotected(sheet: Sheet, what: string, allowedBy?: ProtectionOption): void {
  const p = sheet.protection;
  if (!p || (allowedBy && p.options[allowedBy] === true)) return;
  throw new FakeOfficeError(
    "AccessDenied",
    `The cell or chart you're trying to change is on a protected sheet. (${what} on '${sheet.name}')`,
  );
}

export class FakeWorksheetProtection extends FakeClientObject<Sheet> {
  protected scalarNames(): readonly string[] {
    return ["protected", "options"];
  }
  protected isStale(sheet: Sheet): boolean {
    return sheet.deleted;
  }
  protected readScalar(sheet: Sheet, name: string): unknown {
    if (name === "protected") return sheet.protection !== null;
    const o = sheet.protection?.options ?? {};
    return Object.fromEntries(OPTIONS.map((k) => [k, o[k] === true]));
  }
  get protected(): boolean {
    return this.prop("protected");
  }
  get options(): Record<ProtectionOption, boolean> {
    return this.prop("options");
  }
  /** "Fails if the worksheet has already been protected" (the reference). */
  protect(options?: ProtectionOptions, password?: string): void {
    this.call(
      (sheet) => {
        if (sheet.protection) throw invalidOperation(`worksheet '${sheet.name}' is already protected`);
        sheet.protection = { options: { ...(options ?? {}) }, password };
      },
      [options, password],
    );
  }
  unprotect(password?: string): void {
    this.call(
      (sheet) => {
        const p = sheet.protection;
        if (p?.password !== undefined && p.password !== password)
          throw new FakeOfficeError("InvalidArgument", "The password is incorrect.");
        sheet.protection = null;
      },
      [password],
    );
  }
}

/**
 * `workbook.protection` (ExcelApi 1.7): the workbook's structure. While it is protected, adding,
 * deleting, renaming, moving, hiding and showing sheets is refused (workbook-model.ts).
 */
export class FakeWorkbookProtection extends FakeClientObject<WorkbookModel> {
  protected scalarNames(): readonly string[] {
    return ["protected"];
  }
  protected readScalar(m: WorkbookModel): unknown {
    return m.structureProtection !== null;
  }
  get protected(): boolean {
    return this.prop("protected");
  }
  /** "Fails if the workbook has been protected" (the reference). */
  protect(password?: string): void {
    this.call(
      (m) => {
        if (m.structureProtection) throw invalidOperation("the workbook is already protected");
        m.structureProtection = { password };
      },
      [password],
    );
  }
  unprotect(password?: string): void {
    this.call(
      (m) => {
        const p = m.structureProtection;
        if (p?.password !== undefined && p.password !== password)
          throw new FakeOfficeError("InvalidArgument", "The password is incorrect.");
        m.structureProtection = null;
      },
      [password],
    );
  }
}
