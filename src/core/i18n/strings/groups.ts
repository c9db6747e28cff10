import type { Catalog } from "../index";

/** Wordings for problems grouped by sheet × column × code (src/core/groups.ts). */
export const groupStrings: Catalog = {
  "group.headline": {
    "zh-CN": "{sheet}「{column}」：{count} 处{what}（第 {rows} 行）",
    "en-US": "{count} {what} in {sheet} “{column}”, rows {rows}",
  },
  "group.more": { "zh-CN": "{first}（另有 {more} 处同类问题，在第 {rows} 行）", "en-US": "{first} (and {more} more like it, at rows {rows})" },
  "group.more.one": { "zh-CN": "{first}（另有 1 处同类问题，在第 {rows} 行）", "en-US": "{first} (and one more like it, at row {rows})" },
  "group.what.id.missing": { "zh-CN": "客户编号为空的行（未计入）", "en-US": "rows with a blank customer ID (left out)" },
  "group.fix.id.missing": { "zh-CN": "填写客户编号，或删除空行。", "en-US": "Type the ID, or delete the row." },
  "group.what.id.invalid": {
    "zh-CN": "无法识别的客户编号（未计入）",
    "en-US": "cells that are not customer IDs (left out)",
  },
  "group.fix.id.invalid": { "zh-CN": "改为文本或数字编号。", "en-US": "Type the ID as text or a number." },
  "group.what.id.duplicate": {
    "zh-CN": "重复的客户编号（以第一行为准）",
    "en-US": "repeated customer IDs (the first row wins)",
  },
  "group.fix.id.duplicate": { "zh-CN": "每位客户只保留一行。", "en-US": "Keep one row per customer." },
  "group.what.id.lookalike": {
    "zh-CN": "写法不一致的编号（文本 001 与数字 1）",
    "en-US": "IDs typed once as text with leading zeros and once as a number",
  },
  "group.fix.id.lookalike": { "zh-CN": "统一编号的写法。", "en-US": "Type each ID the same way everywhere." },
  "group.what.orphan": {
    "zh-CN": "客户表中没有的客户编号（孤立记录）",
    "en-US": "records whose customer ID is not in the customer sheet",
  },
  "group.fix.orphan": { "zh-CN": "在客户表中添加该客户，或改正编号。", "en-US": "Add the customer, or correct the ID." },
  "group.what.value.missing": { "zh-CN": "必填项为空的行（未计入）", "en-US": "empty required cells (rows left out)" },
  "group.fix.value.missing": { "zh-CN": "补填这些单元格。", "en-US": "Fill these cells in." },
  "group.what.value.excelError": { "zh-CN": "Excel 错误值（#N/A 等）", "en-US": "Excel error values (#N/A …)" },
  "group.fix.value.excelError": {
    "zh-CN": "修正公式（例如 VLOOKUP 的查找范围），或改为实际值。",
    "en-US": "Fix the formulas (a VLOOKUP's range?) or type the values.",
  },
  "group.what.value.unsavedFormula": { "zh-CN": "没有保存结果的公式", "en-US": "formulas without a saved value" },
  "group.fix.value.unsavedFormula": {
    "zh-CN": "在 Excel 中打开并保存一次文件。",
    "en-US": "Open and save the file once in Excel.",
  },
  "group.what.date.invalid": { "zh-CN": "无法识别的日期", "en-US": "cells that are not dates" },
  "group.fix.date.invalid": { "zh-CN": "改为日期，例如 2026-03-05。", "en-US": "Type them as dates, e.g. 2026-03-05." },
  "group.what.date.text": { "zh-CN": "以文本输入的日期", "en-US": "dates typed as text" },
  "group.fix.date.text": {
    "zh-CN": "可改为日期格式，也可不改：已能正确读取。",
    "en-US": "Retype them as dates, or leave them: they are understood.",
  },
  "group.what.date.serial": { "zh-CN": "不像日期的数字", "en-US": "numbers that are no plausible date" },
  "group.fix.date.serial": {
    "zh-CN": "重新输入为日期（例如把 3.5 改为 3月5日）。",
    "en-US": "Retype them as dates (3.5 meant as March 5?).",
  },
  "group.what.date.future": {
    "zh-CN": "晚于统计日的日期（暂不计入）",
    "en-US": "dates after the as-of date (not counted yet)",
  },
  "group.fix.date.future": { "zh-CN": "检查年份是否输错。", "en-US": "Check the year for a typo." },
  "group.what.amount.invalid": { "zh-CN": "无法识别的金额（未计入）", "en-US": "cells that are not amounts (left out)" },
  "group.fix.amount.invalid": { "zh-CN": "改为数字金额。", "en-US": "Type the amounts as numbers." },
  "group.what.amount.text": { "zh-CN": "以文本输入的金额", "en-US": "amounts typed as text" },
  "group.fix.amount.text": {
    "zh-CN": "可改为数字格式，也可不改：已能正确读取。",
    "en-US": "Retype them as numbers, or leave them: they are understood.",
  },
  "group.what.number.invalid": { "zh-CN": "不是数字的单元格", "en-US": "cells that are not numbers" },
  "group.fix.number.invalid": { "zh-CN": "改为数字。", "en-US": "Type numbers." },
  "group.what.enum.unknown": { "zh-CN": "不在可选列表中的值", "en-US": "values not in the list" },
  "group.fix.enum.unknown": { "zh-CN": "从下拉列表中选择。", "en-US": "Pick a value from the list." },
  "cli.help.group": {
    "zh-CN": "与 --json 同用：按工作表 × 列 × 问题类型分组输出（含数量、前几行和修正建议）",
    "en-US": "with --json: print the problems grouped by sheet × column × kind (count, first rows, fix)",
  },
};
