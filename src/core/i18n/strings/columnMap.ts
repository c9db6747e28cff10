/** Strings of the column map kept in the workbook (crmColumnMap) and the set-up screen that edits it. */
import type { Catalog } from "../index";

export const columnMapStrings: Catalog = {
  "columnMap.header.table": { "zh-CN": "数据表", "en-US": "Table" },
  "columnMap.header.field": { "zh-CN": "字段", "en-US": "Field" },
  "columnMap.header.column": { "zh-CN": "对应列", "en-US": "Column" },
  "columnMap.field.sheet": { "zh-CN": "工作表", "en-US": "Sheet" },
  "columnMap.value.auto": { "zh-CN": "（自动）", "en-US": "(auto)" },
  "columnMap.value.none": { "zh-CN": "（无）", "en-US": "(none)" },
  "problem.columnMap.header": {
    "zh-CN": "列对应表缺少 {columns} 列，整张表未使用（按自动识别）。",
    "en-US": "the column map lacks the column(s) {columns}; it is not used (columns are found automatically).",
  },
  "problem.columnMap.table": {
    "zh-CN": "列对应表中没有名为“{value}”的数据表，此行未使用。",
    "en-US": "the column map has no dataset called “{value}”; this row is ignored.",
  },
  "problem.columnMap.field": {
    "zh-CN": "“{table}”没有名为“{value}”的字段，此行未使用。",
    "en-US": "“{table}” has no field called “{value}”; this row is ignored.",
  },
  "problem.columnMap.value": {
    "zh-CN": "无法读取这个选择（应为列标题、（自动）或（无））；此行未使用，按自动识别。",
    "en-US": "this choice cannot be read (a column caption, (auto) or (none) is expected); the row is ignored and the column is found automatically.",
  },
  "problem.columnMap.duplicate": {
    "zh-CN": "这个字段在第 {first} 行已经设置过，以第 {first} 行为准，此行未使用。",
    "en-US": "this field is already set on row {first}; row {first} applies and this row is ignored.",
  },
  "problem.table.choiceMissing": {
    "zh-CN": "列对应指定用工作表“{chosen}”，但它不存在或不像这张表；暂用本表。",
    "en-US": "the column map names the sheet “{chosen}”, which does not exist or does not hold this data; this sheet is used.",
  },
  "columnMap.error.noMap": {
    "zh-CN": "无法创建列对应表，请先运行“设置”。",
    "en-US": "the column map could not be made; run Set up first.",
  },
  "columnMap.error.header": {
    "zh-CN": "工作表“{sheet}”上的列对应表缺少标题 {columns} 中的某一列，无法保存；请恢复这些标题。",
    "en-US": "the column map on sheet “{sheet}” lacks one of the headers {columns}, so it cannot be saved; restore them.",
  },
  "columnMap.pane.title": { "zh-CN": "列对应", "en-US": "Column map" },
  "columnMap.pane.intro": {
    "zh-CN": "每个字段读取哪一列。选择保存在“设置”表旁的列对应表中，保存后立即重新计算。",
    "en-US": "Which column each field is read from. Choices are kept in the column map beside the settings table and apply as soon as you save.",
  },
  "columnMap.pane.loading": { "zh-CN": "正在读取各表的列…", "en-US": "Reading the tables' columns…" },
  "columnMap.pane.table": { "zh-CN": "{table} · 工作表“{sheet}”", "en-US": "{table} · sheet “{sheet}”" },
  "columnMap.pane.attention": { "zh-CN": "{count} 项需确认", "en-US": "{count} to check" },
  "columnMap.pane.sheetQuestion": {
    "zh-CN": "{sheets} 都像“{table}”表。请选择要使用的工作表，保存后才会设置并写入。",
    "en-US": "{sheets} both look like the {table} table. Choose the sheet to use; it is set up and written to only after you save.",
  },
  "columnMap.pane.setupAsks": {
    "zh-CN": "{sheets} 都像“{table}”表，尚未设置：请在列对应中选择。",
    "en-US": "{sheets} both look like the {table} table; not set up yet — choose one in the column map.",
  },
  "columnMap.pane.chooseSheet": { "zh-CN": "请选择…", "en-US": "Choose…" },
  "columnMap.pane.auto": { "zh-CN": "{column}（自动）", "en-US": "{column} (auto)" },
  "columnMap.pane.autoNothing": { "zh-CN": "未找到（自动）", "en-US": "not found (auto)" },
  "columnMap.pane.option.auto": { "zh-CN": "（自动识别）", "en-US": "(find automatically)" },
  "columnMap.pane.option.none": { "zh-CN": "（无此列）", "en-US": "(no such column)" },
  "columnMap.pane.samples": { "zh-CN": "例：{values}", "en-US": "e.g. {values}" },
  "columnMap.pane.noSamples": { "zh-CN": "（列中无数据）", "en-US": "(column is empty)" },
  "columnMap.pane.confidence": { "zh-CN": "把握 {percent}%", "en-US": "{percent}% sure" },
  "columnMap.pane.from.workbook": { "zh-CN": "您的选择", "en-US": "your choice" },
  "columnMap.pane.from.option": { "zh-CN": "命令行指定", "en-US": "set on the command line" },
  "columnMap.pane.warning.missing": { "zh-CN": "缺少必填列", "en-US": "required, missing" },
  "columnMap.pane.warning.ambiguous": { "zh-CN": "需确认", "en-US": "check" },
  "columnMap.pane.warning.choiceMissing": { "zh-CN": "找不到所选列", "en-US": "chosen column not found" },
  "columnMap.pane.missingDetail": {
    "zh-CN": "这是必填字段：没有这一列，本表无法计算。请选择对应的列。",
    "en-US": "This field is required: without it the table cannot be scored. Choose its column.",
  },
  "columnMap.pane.ambiguousDetail": {
    "zh-CN": "{others} 也像这一列，暂用左边一列；请选定。",
    "en-US": "{others} could be this field too; the left one is used — choose one.",
  },
  "columnMap.pane.choiceMissingDetail": {
    "zh-CN": "列对应表中选定的列在表中找不到（可能已改名）；请重新选择。",
    "en-US": "The column chosen in the column map is not in the table (renamed?); choose again.",
  },
  "columnMap.pane.save": { "zh-CN": "保存并刷新", "en-US": "Save and refresh" },
  "columnMap.pane.discard": { "zh-CN": "撤销改动", "en-US": "Discard" },
  "columnMap.pane.unsaved": { "zh-CN": "{count} 项未保存", "en-US": "{count} not saved" },
  "columnMap.pane.saved": { "zh-CN": "已保存 {count} 项，并已重新计算。", "en-US": "Saved {count}; scores recalculated." },
  "group.fix.columnMap.table": {
    "zh-CN": "在列对应表中把数据表改为工作表的名称（如 购买记录），或删除这一行。",
    "en-US": "In the column map, set the dataset to a sheet's name (e.g. Purchases), or delete the row.",
  },
  "group.fix.columnMap.field": {
    "zh-CN": "在列对应表中把字段改为该表的字段名（如 金额），或删除这一行。",
    "en-US": "In the column map, set the field to one of the dataset's fields (e.g. Amount), or delete the row.",
  },
  "group.fix.columnMap.value": {
    "zh-CN": "在对应列中填列标题、（自动）或（无）。",
    "en-US": "In the Column cell, type a column caption, (auto) or (none).",
  },
  "group.fix.columnMap.duplicate": { "zh-CN": "删除重复的一行。", "en-US": "Delete the repeated row." },
  "group.fix.columnMap.header": {
    "zh-CN": "恢复列对应表的标题：数据表、字段、对应列。",
    "en-US": "Restore the column map's headers: Table, Field, Column.",
  },
  "cli.columns.from.option": { "zh-CN": "（--map 指定）", "en-US": "(--map)" },
  "cli.columns.from.workbook": { "zh-CN": "（工作簿列对应）", "en-US": "(workbook's column map)" },
  "cli.columns.sheetChosen": {
    "zh-CN": "{table}：工作表“{sheet}”{from}，表头在第 {row} 行",
    "en-US": "{table}: sheet “{sheet}” {from}, header on row {row}",
  },
};
