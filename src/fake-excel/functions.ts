/**
 * `workbook.functions` (ExcelApi 1.2): Excel's worksheet functions evaluated by the workbook. Only
 * `DATE` is modelled — the add-in's date-system probe: `DATE(1904,1,1)` is 0 in a 1904-system
 * workbook and 1462 in a 1900-system one. Excel may refuse to evaluate (while it recalculates, or
 * in a state the documentation does not list); `fake.workbook.refuseFunctions(code)` makes every
 * evaluation reject its sync with that code, so code that puts the probe in a batch it cannot
 * lose is caught here.
 */
import { dayFromYmd, serialFromDay } from "../core/dates";
import { FakeOfficeError, type FakeErrorCode } from "./errors";
import { FakeClientObject } from "./proxy";
import type { WorkbookModel } from "./workbook-model";

interface FunctionOutcome {
  value: number | string;
  error: string | null;
}

export class FakeFunctions extends FakeClientObject<WorkbookModel> {
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.context, this, (m: WorkbookModel) => {
      if (m.functionsRefusal) {
        throw new FakeOfficeError(
          m.functionsRefusal as FakeErrorCode,
          "The workbook cannot evaluate functions right now (it is busy calculating).",
        );
      }
      const d = dayFromYmd(year, month, day);
      return d === undefined ? { value: "#NUM!", error: "#NUM!" } : { value: serialFromDay(d, m.date1904), error: null };
    });
  }
}

export class FakeFunctionResult extends FakeClientObject<FunctionOutcome> {
  protected scalarNames(): readonly string[] {
    return ["value", "error"];
  }
  protected readScalar(r: FunctionOutcome, name: string): unknown {
    return name === "value" ? r.value : r.error;
  }
  get value(): number | string {
    return this.prop("value");
  }
  get error(): string | null {
    return this.prop("error");
  }
}
