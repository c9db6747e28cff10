/** `Excel.ChartCollection` (placeholder until the chart proxies land). */
import type { Sheet } from "./grid";
import { FakeClientObject, FakeCollection } from "./proxy";

export class FakeChartCollection extends FakeCollection<Sheet, FakeClientObject> {
  protected members(): FakeClientObject[] {
    return [];
  }
}
