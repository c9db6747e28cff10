/**
 * The one exceljs internal the streaming reader uses: how exceljs writes out a shared formula's
 * copy (a formula without a saved value is shown as exceljs would show it).
 */
declare module "exceljs/lib/utils/shared-formula" {
  export function slideFormula(formula: string, fromCell: string, toCell: string): string;
}
