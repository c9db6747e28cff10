import type { Catalog } from "../index";

/** Strings of src/excel. Keys are prefixed "excel.". */
export const excelStrings: Catalog = {
  "excel.progress.reading": { "zh-CN": "正在读取工作簿…", "en-US": "Reading the workbook…" },
  "excel.progress.scoring": { "zh-CN": "正在计算象限…", "en-US": "Scoring customers…" },
  "excel.progress.writing": { "zh-CN": "正在写入结果…", "en-US": "Writing results…" },
  "excel.progress.formatting": { "zh-CN": "正在设置格式…", "en-US": "Formatting…" },
  "excel.progress.done": { "zh-CN": "完成", "en-US": "Done" },
  "excel.computed.suffixed": { "zh-CN": "{caption}(CRM)", "en-US": "{caption} (CRM)" },
  "excel.computed.nameComment": {
    "zh-CN": "由四象限客户管理加载项维护的计算列,请勿手工修改。",
    "en-US": "Computed column kept by the four-quadrant CRM add-in; do not edit by hand.",
  },
  "excel.validation.title": { "zh-CN": "请从列表中选择", "en-US": "Choose from the list" },
  "excel.validation.message": {
    "zh-CN": "可选值:{values}。其他写法也会被识别,但建议从列表中选择。",
    "en-US": "Listed values: {values}. Other spellings are still understood, but the list is safer.",
  },
  "excel.error.keptMoving": {
    "zh-CN": "刷新期间客户表一直在变动(排序或插入行),未写入任何结果。请稍后再试。",
    "en-US":
      "The customer table kept changing (sorting or inserting rows) during the refresh; nothing was written. Please try again.",
  },
};
