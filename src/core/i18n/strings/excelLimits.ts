import type { Catalog } from "../index";

/** What Excel will not let the add-in write (src/excel/limits.ts), as the pane says it. */
export const excelLimitStrings: Catalog = {
  "excelLimits.protected": {
    "zh-CN": "工作表“{sheet}”受保护，加载项无法写入，本次未做任何更改。请在“审阅 → 撤消工作表保护”后重试。",
    "en-US":
      "The sheet “{sheet}” is protected, so the add-in cannot write to it; nothing was changed. Unprotect it (Review → Unprotect Sheet) and try again.",
  },
  "excelLimits.structure": {
    "zh-CN":
      "工作簿结构受保护，加载项无法添加或显示工作表“{sheet}”，本次未做任何更改。请在“审阅 → 保护工作簿”中取消结构保护后重试。",
    "en-US":
      "The workbook's structure is protected, so the add-in cannot add or show the sheet “{sheet}”; nothing was changed. Turn the protection off (Review → Protect Workbook) and try again.",
  },
  "excelLimits.farRight": {
    "zh-CN":
      "工作表“{sheet}”中客户表格右侧很远处（{range}）有内容，Excel 无法在表格右边添加计算列（要移动的单元格太多），本次未做任何更改。请删除这些内容或把它们移到表格附近，再重试。",
    "en-US":
      "Something sits far to the right of the customer table on the sheet “{sheet}” ({range}), so Excel cannot add the computed columns beside the table (too many cells would move); nothing was changed. Delete it or move it closer to the table and try again.",
  },
  "excelLimits.merged": {
    "zh-CN":
      "工作表“{sheet}”的数据中有合并单元格（{range}），无法转换为表格，本次未做任何更改。请先取消合并（开始 → 合并后居中），每个单元格填上自己的值，再重试。",
    "en-US":
      "The data on the sheet “{sheet}” contains merged cells ({range}), so it cannot become a table; nothing was changed. Unmerge them (Home → Merge & Center), give each cell its own value and try again.",
  },
  "excelLimits.adoptRefused": {
    "zh-CN":
      "Excel 拒绝把工作表“{sheet}”的数据转换为表格，多半是其中有合并单元格。请取消合并（开始 → 合并后居中）后重新设置。",
    "en-US":
      "Excel refused to turn the data on the sheet “{sheet}” into a table, most likely because it contains merged cells. Unmerge them (Home → Merge & Center) and set up again.",
  },
};
