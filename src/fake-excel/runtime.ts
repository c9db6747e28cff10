/**
 * `context.runtime` (ExcelApi 1.5): `enableEvents` (1.8) switches the add-in's change events off and
 * on. Set in a batch, it applies at its place among the commands: changes made while it is false
 * reach no handler — the add-in's own writes, and equally anything the user does meanwhile.
 */
import { FakeClientObject } from "./proxy";
import type { WorkbookModel } from "./workbook-model";

export class FakeRuntime extends FakeClientObject<WorkbookModel> {
  protected scalarNames(): readonly string[] {
    return ["enableEvents"];
  }
  protected readScalar(m: WorkbookModel): unknown {
    return m.events.enabled;
  }
  get enableEvents(): boolean {
    return this.prop("enableEvents");
  }
  set enableEvents(on: boolean) {
    this.setProp("enableEvents", on, (m) => {
      m.events.enabled = on;
    });
  }
}
