import type { Catalog } from "../index";

/** Progress on long work (src/core/progress.ts): stage names, the pane's bar, the CLI's line. */
export const progressStrings: Catalog = {
  "progress.stage.reading": { "zh-CN": "正在读取工作簿…", "en-US": "Reading the workbook…" },
  "progress.stage.scoring": { "zh-CN": "正在计算象限…", "en-US": "Scoring customers…" },
  "progress.stage.writing": { "zh-CN": "正在写入结果…", "en-US": "Writing results…" },
  "progress.stage.formatting": { "zh-CN": "正在设置格式…", "en-US": "Formatting…" },
  "progress.stage.charts": { "zh-CN": "正在绘制图表…", "en-US": "Drawing charts…" },
  "progress.stage.done": { "zh-CN": "完成", "en-US": "Done" },
  "progress.withRows": { "zh-CN": "{stage}（已处理 {rows} 行）", "en-US": "{stage} ({rows} rows)" },
  "progress.cli.rows": { "zh-CN": "{rows} 行", "en-US": "{rows} rows" },
  "progress.cancel": { "zh-CN": "取消", "en-US": "Cancel" },
  "progress.cancelling": { "zh-CN": "正在停止…", "en-US": "Stopping…" },
  "progress.finishing": {
    "zh-CN": "正在写入，写完才会停止，以免只写一半",
    "en-US": "Writing: it finishes so that nothing is left half-written",
  },
  "progress.cancelled.refresh": { "zh-CN": "已取消刷新，工作簿未作任何更改。", "en-US": "Refresh cancelled: nothing in the workbook was changed." },
  "progress.cancelled.setup": { "zh-CN": "已取消设置，工作簿未作任何更改。", "en-US": "Set-up cancelled: nothing in the workbook was changed." },
};
