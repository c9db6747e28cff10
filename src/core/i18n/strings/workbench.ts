import type { Catalog } from "../index";

/**
 * The workbench's editing and book-switching strings (keys `taskpane.workbench.*`, read through
 * src/workbench/text.ts): the grid's cell editor and row menu, refusals, the language dialog.
 */
export const workbenchStrings: Catalog = {
  "taskpane.workbench.cellEditor": { "zh-CN": "正在编辑 {address}", "en-US": "Editing {address}" },
  "taskpane.workbench.cellMenu": { "zh-CN": "单元格操作", "en-US": "Cell actions" },
  "taskpane.workbench.deleteRow": { "zh-CN": "删除第 {rows} 行", "en-US": "Delete row {rows}" },
  "taskpane.workbench.deleteRows": { "zh-CN": "删除第 {rows} 行", "en-US": "Delete rows {rows}" },
  "taskpane.workbench.clearContents": { "zh-CN": "清除内容", "en-US": "Clear contents" },
  "taskpane.workbench.refused.protected": {
    "zh-CN": "工作表「{sheet}」受保护，不能更改其中的单元格。请先在 Excel 中撤消工作表保护。",
    "en-US": "The sheet “{sheet}” is protected: its cells can't be changed. Unprotect the sheet in Excel first.",
  },
  "taskpane.workbench.refused.other": {
    "zh-CN": "Excel 拒绝了对工作表「{sheet}」的这项更改（{code}）：{detail}",
    "en-US": "Excel refused this change to the sheet “{sheet}” ({code}): {detail}",
  },
  "taskpane.workbench.dismiss": { "zh-CN": "关闭", "en-US": "Dismiss" },
  "taskpane.workbench.switch.title": { "zh-CN": "切换为{lang}？", "en-US": "Switch to {lang}?" },
  "taskpane.workbench.switch.changedDemo": {
    "zh-CN": "示例工作簿已有改动。重新打开{lang}示例会放弃这些改动；也可以保留此工作簿，只把任务窗格切换为{lang}。",
    "en-US": "The demo workbook has changes. Opening the demo again in {lang} discards them; or keep this workbook and switch only the task pane to {lang}.",
  },
  "taskpane.workbench.switch.openedFile": {
    "zh-CN": "「{file}」是您打开的工作簿。打开{lang}示例会关闭它（未下载的改动将丢失）；也可以保留此工作簿，只把任务窗格切换为{lang}。",
    "en-US": "“{file}” is a workbook you opened. Opening the {lang} demo closes it (changes not downloaded are lost); or keep this workbook and switch only the task pane to {lang}.",
  },
  "taskpane.workbench.switch.keep": { "zh-CN": "保留此工作簿", "en-US": "Keep this workbook" },
  "taskpane.workbench.switch.demo": { "zh-CN": "打开{lang}示例", "en-US": "Open the {lang} demo" },
  "taskpane.workbench.switch.cancel": { "zh-CN": "取消", "en-US": "Cancel" },
  "taskpane.workbench.langName.zh-CN": { "zh-CN": "中文", "en-US": "Chinese" },
  "taskpane.workbench.langName.en-US": { "zh-CN": "英文", "en-US": "English" },
};
