/** Strings of the column map and the header search (SPEC 2a). */
import type { Catalog } from "../index";

export const columnStrings: Catalog = {
  "problem.column.ambiguous": {
    "zh-CN": "“{column}”和 {others} 都可能是“{field}”，暂用“{column}”；请在列对应中确认（命令行：--map {table}.{key}=\"列标题\"）。",
    "en-US": "“{column}” and {others} could both be “{field}”; “{column}” is used — confirm it in the column map (command line: --map {table}.{key}=\"Caption\").",
  },
  "problem.column.choiceMissing": {
    "zh-CN": "列对应把“{field}”设为“{column}”，但表中没有这一列。",
    "en-US": "the column map sets “{field}” to “{column}”, but the sheet has no such column.",
  },
  "problem.column.noPaymentStatus": {
    "zh-CN": "找不到回款状态列：逾期和坏账无法识别，不良回款扣分已关闭。",
    "en-US": "no payment-status column was found: overdue and bad-debt purchases cannot be seen, so the bad-payment penalty is off.",
  },
  "problem.column.noName": {
    "zh-CN": "找不到客户名称列：照常计算，客户以编号显示；如有名称列，请在列对应中指定（命令行：--map customers.name=\"列标题\"）。",
    "en-US": "no customer-name column was found: customers are scored as usual and shown by their ID — if there is a name column, choose it in the column map (command line: --map customers.name=\"Caption\").",
  },
  "problem.table.ledger": {
    "zh-CN": "没有客户表：客户取自本表的“{column}”列（按客户编号）。",
    "en-US": "no customer sheet: the customers are taken from this sheet's “{column}” column (by customer ID).",
  },
  "problem.table.ledgerByName": {
    "zh-CN": "没有客户表，也没有客户编号：客户取自本表的“{column}”列，名称相同（忽略空格、全半角和大小写）即为同一客户。",
    "en-US": "no customer sheet and no customer IDs: the customers are taken from this sheet's “{column}” column, the same name (ignoring spaces, width and case) being the same customer.",
  },
  "problem.rows.title": {
    "zh-CN": "第 {from}–{to} 行是标题或说明，不是数据；表头在第 {header} 行。",
    "en-US": "rows {from}–{to} are a title or notes, not data; the header is on row {header}.",
  },
  "problem.row.total": {
    "zh-CN": "“{value}”是合计行，已跳过，未当作记录。",
    "en-US": "“{value}” is a totals row; it was skipped, not read as a record.",
  },
  "problem.row.note": {
    "zh-CN": "“{value}”是表下的备注，已跳过，未当作记录。",
    "en-US": "“{value}” is a note under the table; it was skipped, not read as a record.",
  },
  "problem.row.header": {
    "zh-CN": "这一行重复了表头（或是表头的另一种语言），已跳过。",
    "en-US": "this row repeats the header (or translates it); it was skipped.",
  },
  "problem.row.sentence": {
    "zh-CN": "“{value}”是一句说明文字，不是记录，已跳过。",
    "en-US": "“{value}” is a line of text, not a record; it was skipped.",
  },
  "problem.row.stamp": {
    "zh-CN": "“{value}”是日期时间戳，不是记录，已跳过。",
    "en-US": "“{value}” is a date-time stamp, not a record; it was skipped.",
  },
  "problem.row.count": {
    "zh-CN": "“{value}”是计数行，不是记录，已跳过。",
    "en-US": "“{value}” is a count line, not a record; it was skipped.",
  },
  "problem.row.heading": {
    "zh-CN": "“{value}”是分组标题，不是记录，已跳过。",
    "en-US": "“{value}” is a group heading, not a record; it was skipped.",
  },
  "problem.row.stray": {
    "zh-CN": "“{value}”不像本列的其他编号，且这一行没有记录所需的其他内容，已跳过；如果它是一条记录，请补全这一行。",
    "en-US": "“{value}” looks unlike the column's other IDs and the row holds nothing else a record needs; it was skipped — if it is a record, fill the row in.",
  },
  "problem.table.hidden": {
    "zh-CN": "这张表在隐藏的工作表上（没有可见的工作表包含这些数据），请确认它不是旧数据。",
    "en-US": "this data is on a hidden sheet (no visible sheet holds it); make sure it is not outdated.",
  },
  "problem.table.ambiguous": {
    "zh-CN": "{others} 也像这张表，暂用本表；请在任务窗格“设置”的列对应中选择工作表（命令行：--map {table}.sheet=\"工作表名\"）。",
    "en-US": "{others} would fit as well; this sheet is used — choose the sheet in the task pane's column map (command line: --map {table}.sheet=\"Sheet name\").",
  },
  "cli.error.columnMissing": {
    "zh-CN": "无法计算：{sheet} 第 {row} 行的表头中找不到“{column}”列。请补上这一列，或用 --map 指明是哪一列。",
    "en-US": "cannot score: no “{column}” column in the header on row {row} of {sheet}. Add it, or name it with --map.",
  },
  "cli.error.noPurchases": {
    "zh-CN": "无法计算：找不到购买记录表（如“{sheet}”），没有交易就无法分象限。",
    "en-US": "cannot score: no purchases sheet (such as “{sheet}”) was found; without purchases no customer can be placed.",
  },
  "cli.note.sheetUsed": {
    "zh-CN": "{table}：使用工作表“{sheet}”，表头在第 {row} 行（{how}）。",
    "en-US": "{table}: sheet “{sheet}”, header on row {row} ({how}).",
  },
  "cli.note.byColumns": { "zh-CN": "按列的含义识别", "en-US": "recognised by its columns" },
  "cli.note.byName": { "zh-CN": "按工作表名称识别", "en-US": "recognised by its name" },
  "cli.help.columns": { "zh-CN": "列对应：每张表用了哪个工作表、哪一行表头，每个字段对应哪一列", "en-US": "the column map: each table's sheet and header row, and which column each field is" },
  "cli.help.map": { "zh-CN": "指定列对应，如 purchases.amount=\"交易金额（元）\"，或工作表，如 customers.sheet=\"客户名单\"（可重复；空或 none 表示没有这一列）", "en-US": "set a column, e.g. purchases.amount=\"Txn Amt\", or a sheet, customers.sheet=\"Clients\" (repeatable; empty or none: no such column)" },
  "cli.error.map": { "zh-CN": "无法理解 --map “{value}”：应为 表.字段=列标题，如 purchases.amount=金额。", "en-US": "cannot read --map “{value}”: expected table.field=Caption, e.g. purchases.amount=Amount." },
  "cli.columns.table": { "zh-CN": "{table}：工作表“{sheet}”，表头在第 {row} 行", "en-US": "{table}: sheet “{sheet}”, header on row {row}" },
  "cli.columns.field": { "zh-CN": "字段", "en-US": "Field" },
  "cli.columns.column": { "zh-CN": "列", "en-US": "Column" },
  "cli.columns.how": { "zh-CN": "依据", "en-US": "How" },
  "cli.columns.confidence": { "zh-CN": "把握", "en-US": "Confidence" },
  "cli.columns.none": { "zh-CN": "（无）", "en-US": "(none)" },
  "cli.columns.alsoFits": { "zh-CN": "也可能是：{others}", "en-US": "also fits: {others}" },
  "cli.columns.how.caption": { "zh-CN": "标题", "en-US": "caption" },
  "cli.columns.how.meaning": { "zh-CN": "标题含义", "en-US": "meaning" },
  "cli.columns.how.values": { "zh-CN": "列中的值", "en-US": "values" },
  "cli.columns.how.user": { "zh-CN": "用户指定", "en-US": "your choice" },
};
