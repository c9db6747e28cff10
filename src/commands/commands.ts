/**
 * The ribbon's function commands (`<Action xsi:type="ExecuteFunction">` in manifest.xml). This
 * entry is loaded on the shared-runtime page, so a command reaches the workbook through the same
 * host, and the same state, as the task pane and the custom functions.
 */
import { excelHost } from "../excel/excelHost";
import { type CommandEvent, REFRESH_QUADRANTS, officeUi, refreshQuadrants } from "./refreshQuadrants";

void Office.onReady(() => {
  Office.actions.associate(REFRESH_QUADRANTS, (event: CommandEvent) => refreshQuadrants(excelHost, officeUi, event));
});
