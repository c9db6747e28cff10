/** Strings of the column map kept in the workbook (crmColumnMap) and the set-up screen that edits it. */
import type { Catalog } from "../index";

export const columnMapStrings: Catalog = {
  "columnMap.header.table": { "zh-CN": "数据表", "en-US": "Table" },
  "columnMap.header.field": { "zh-CN": "字段", "en-US": "Field" },
  "columnMap.header.column": { "zh-CN": "对应列", "en-US": "Column" },
  "columnMap.field.sheet": { "zh-CN": "工作表", "en-US": "Sheet" },
  "columnMap.value.auto": { "zh-CN": "(自动)", "en-US": "(auto)" },
  "columnMap.value.none": { "zh-CN": "(无)", "en-US": "(none)" },
  "problem.columnMap.header": {
    "zh-CN": "列对应表缺少 {columns} 列,整张表未使用(按自动识别)。",
    "en-US": "the column map lacks the column(s) {columns}; it is not used (columns are found automatically).",
  },
  "problem.columnMap.table": {
    "zh-CN": "列对应表中没有名为“{value}”的数据表,此行未使用。",
    "en-US": "the column map has no dataset called “{value}”; this row is ignored.",
  },
  "problem.columnMap.field": {
    "zh-CN": "“{table}”没有名为“{value}”的字段,此行未使用。",
    "en-US": "“{table}” has no field called “{value}”; this row is ignored.",
  },
  "problem.columnMap.value": {
    "zh-CN": "无法读取这个选择(应为列标题、(自动)或(无));此行未使用,按自动识别。",
    "en-US": "this choice cannot be read (a column caption, (auto) or (none) is expected); the row is ignored and the column is found automatically.",
  },
  "problem.columnMap.duplicate": {
    "zh-CN": "这个字段在第 {first} 行已经设置过,以第 {first} 行为准,此行未使用。",
    "en-US": "this field is already set on row {first}; row {first} applies and this row is ignored.",
  },
  "problem.table.choiceMissing": {
    "zh-CN": "列对应指定用工作表“{chosen}”,但它不存在或不像这张表;暂用本表。",
    "en-US": "the column map names the sheet “{chosen}”, which does not exist or does not hold this data; this sheet is used.",
  },
  "columnMap.error.noMap": {
    "zh-CN": "无法创建列对应表,请先运行“设置”。",
    "en-US": "the column map could not be made; run Set up first.",
  },
  "columnMap.error.header": {
    "zh-CN": "工作表“{sheet}”上的列对应表缺少标题 {columns} 中的某一列,无法保存;请恢复这些标题。",
    "en-US": "the column map on sheet “{sheet}” lacks one of the headers {columns}, so it cannot be saved; restore them.",
  },
  "cli.columns.from.option": { "zh-CN": "(--map 指定)", "en-US": "(--map)" },
  "cli.columns.from.workbook": { "zh-CN": "(工作簿列对应)", "en-US": "(workbook's column map)" },
  "cli.columns.sheetChosen": {
    "zh-CN": "{table}:工作表“{sheet}”{from},表头在第 {row} 行",
    "en-US": "{table}: sheet “{sheet}” {from}, header on row {row}",
  },
};
