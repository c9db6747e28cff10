import type { Catalog } from "../index";

/** Strings about single cells the core cannot read as values (issue 10, cell level). */
export const cellStrings: Catalog = {
  "problem.value.excelError": {
    "zh-CN": "单元格是 Excel 错误值 {value}（例如 VLOOKUP 查找失败），不是数据；请修正公式或改为实际值。",
    "en-US": "the cell holds the Excel error {value} (a failed VLOOKUP, a deleted reference …), not data; fix the formula or type the value.",
  },
  "problem.value.unsavedFormula": {
    "zh-CN": "公式 {formula} 没有保存计算结果（文件由不计算公式的程序生成）；请在 Excel 中打开并保存一次。",
    "en-US": "the formula {formula} has no saved value (the file was written by a program that does not calculate); open and save it once in Excel.",
  },
  "problem.date.serial": {
    "zh-CN": "数字 {value} 不是合理的日期（按日期序号是 {day}，不在 {min} 至 {max} 之间），可能是把 3月5日 输成了 3.5；请重新输入日期，已忽略。",
    "en-US": "the number {value} is not a plausible date (as a date serial it is {day}, outside {min} … {max}), perhaps 3.5 typed for March 5; retype the date. It is ignored.",
  },
  "cli.book.damaged": {
    "zh-CN": "工作簿已损坏（文件不完整或有部分损坏，可能是下载或复制中断）；请在 Excel 中打开修复，或重新获取文件。",
    "en-US": "the workbook is damaged (cut short or corrupt, perhaps an interrupted download or copy); let Excel repair it, or get the file again.",
  },
  "cli.book.cannot-keep": {
    "zh-CN": "无法写出评分副本而不丢失内容：{what}。未写出任何文件。",
    "en-US": "the scored copy cannot be written without losing something: {what}. Nothing was written.",
  },
  "cli.keep.sheetData": { "zh-CN": "客户工作表没有单元格数据部分", "en-US": "the customer sheet has no cell data part" },
  "cli.keep.rowNumbers": {
    "zh-CN": "客户工作表的行没有行号（由某些程序生成），写入会打乱行",
    "en-US": "the customer sheet's rows carry no row numbers (some programs write them so); writing could shift them",
  },
  "cli.keep.cellAddresses": {
    "zh-CN": "客户工作表的单元格没有地址（由某些程序生成），写入会打乱列",
    "en-US": "the customer sheet's cells carry no addresses (some programs write them so); writing could shift them",
  },
  "cli.keep.formulaInComputed": {
    "zh-CN": "插件的计算列中有公式（单元格 {where}），覆盖它会丢失公式；请先删除该公式",
    "en-US": "there is a formula in a column the add-in computes (cell {where}); writing would lose it — delete it first",
  },
  "cli.keep.styles": {
    "zh-CN": "工作簿没有样式部分，无法给日期和金额设置格式",
    "en-US": "the workbook has no styles part, so dates and amounts could not be formatted",
  },
  "cli.keep.customerPart": { "zh-CN": "找不到客户工作表的文件部分", "en-US": "the customer sheet's part was not found in the package" },
};
