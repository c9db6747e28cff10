import type { Catalog } from "../index";

/** Strings of src/excel. Keys are prefixed "excel.". */
export const excelStrings: Catalog = {
  "excel.computed.suffixed": { "zh-CN": "{caption}（CRM）", "en-US": "{caption} (CRM)" },
  "excel.computed.nameComment": {
    "zh-CN": "由四象限客户管理加载项维护的计算列，请勿手工修改。",
    "en-US": "Computed column kept by the four-quadrant CRM add-in; do not edit by hand.",
  },
  "excel.validation.title": { "zh-CN": "请从列表中选择", "en-US": "Choose from the list" },
  "excel.validation.message": {
    "zh-CN": "可选值：{values}。其他写法也会被识别，但建议从列表中选择。",
    "en-US": "Listed values: {values}. Other spellings are still understood, but the list is safer.",
  },
  "excel.error.keptMoving": {
    "zh-CN": "刷新期间客户表一直在变动（排序或插入行），未写入任何结果。请稍后再试。",
    "en-US":
      "The customer table kept changing (sorting or inserting rows) during the refresh; nothing was written. Please try again.",
  },
  "excel.chart.sheet": { "zh-CN": "象限图", "en-US": "Quadrant chart" },
  "excel.chart.title": { "zh-CN": "客户四象限", "en-US": "Customer quadrants" },
  "excel.chart.titleCapped": {
    "zh-CN": "客户四象限（标注了 {shown} / {total} 位客户，其余见右侧表格）",
    "en-US": "Customer quadrants ({shown} of {total} customers labelled, the rest in the tables)",
  },
  "excel.chart.borderlineNote": { "zh-CN": "黑框为临界客户", "en-US": "black outline: borderline" },
  "excel.chart.axis.closeness": { "zh-CN": "紧密度（次/月）", "en-US": "Closeness (per month)" },
  "excel.chart.axis.amount": { "zh-CN": "交易额", "en-US": "Amount" },
  "excel.chart.header.name": { "zh-CN": "客户名称", "en-US": "Customer" },
  "excel.chart.header.closeness": { "zh-CN": "紧密度（次/月）", "en-US": "Closeness (per month)" },
  "excel.chart.header.amount": { "zh-CN": "交易额", "en-US": "Amount" },
  "excel.chart.header.borderline": { "zh-CN": "临界", "en-US": "Borderline" },
  "excel.chart.borderlineLabel": { "zh-CN": "{name}（临界）", "en-US": "{name} (borderline)" },
  "excel.chart.nameComment": {
    "zh-CN": "四象限客户管理加载项的象限图工作表；每次刷新时重写，请勿在此录入数据。",
    "en-US": "The four-quadrant CRM add-in's chart sheet; rewritten at every refresh, do not keep data here.",
  },
};
