import type { Catalog } from "../index";

/** Progress on long work (src/core/progress.ts): stage names, the pane's bar, the CLI's line. */
export const progressStrings: Catalog = {
  "progress.stage.reading": { "zh-CN": "正在读取工作簿…", "en-US": "Reading the workbook…" },
  "progress.stage.scoring": { "zh-CN": "正在计算象限…", "en-US": "Scoring customers…" },
  "progress.stage.writing": { "zh-CN": "正在写入结果…", "en-US": "Writing results…" },
  "progress.stage.formatting": { "zh-CN": "正在设置格式…", "en-US": "Formatting…" },
  "progress.stage.charts": { "zh-CN": "正在绘制图表…", "en-US": "Drawing charts…" },
  "progress.stage.done": { "zh-CN": "完成", "en-US": "Done" },
};
