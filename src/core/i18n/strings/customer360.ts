import type { Catalog } from "../index";

/** Strings of the customer 360 view, logging from the pane and import. Keys "c360.", "log.", "import.", "greeting.". */
export const customer360Strings: Catalog = {
  "setting.profitMargin": {
    "zh-CN": "销售净利润率：弥补坏账所需额外销售额 = 坏账 ÷ 该值",
    "en-US": "Net profit margin on sales: extra sales to make up a bad debt = loss ÷ this",
  },
  "setting.greetingZh": { "zh-CN": "生日祝福模板（中文，{name} 为客户名称）", "en-US": "Birthday greeting template in Chinese ({name} = the customer's name)" },
  "setting.greetingEn": { "zh-CN": "生日祝福模板（英文，{name} 为客户名称）", "en-US": "Birthday greeting template in English ({name} = the customer's name)" },
  "greeting.default": {
    "zh-CN": "{name}，生日快乐！祝您身体健康、万事如意，新的一岁一切顺利！",
    "en-US": "Happy birthday, {name}! Wishing you good health and a wonderful year ahead.",
  },

  "c360.why.amountHigh": {
    "zh-CN": "交易额高于分界线 {room}；低于分界线就会落入 {to} 象限。",
    "en-US": "Amount is {room} above the threshold; below it they would be {to}.",
  },
  "c360.why.amountLow": {
    "zh-CN": "统计窗口（{months} 个月）内再购买 {need}，即升入 {to} 象限（按当前分界线）。",
    "en-US": "{need} more in purchases within the {months}-month window would make them {to} (at today's thresholds).",
  },
  "c360.why.amountLowZero": {
    "zh-CN": "分界线为 0：统计窗口（{months} 个月）内购买超过 {need}，即升入 {to} 象限。",
    "en-US": "The threshold is 0: purchases of more than {need} within the {months}-month window would make them {to}.",
  },
  "c360.why.closenessHigh": {
    "zh-CN": "紧密度高于分界线：窗口内少 {room} 笔仍然算高，少 {drop} 笔就会落入 {to} 象限。",
    "en-US": "Closeness is high with {room} purchases to spare; {drop} fewer in the window and they would be {to}.",
  },
  "c360.why.closenessEdge": {
    "zh-CN": "紧密度刚好在分界线上：窗口内少一笔购买就会落入 {to} 象限。",
    "en-US": "Closeness is right at the threshold: one purchase fewer in the window would make them {to}.",
  },
  "c360.why.closenessLow": {
    "zh-CN": "统计窗口（{months} 个月）内再成交 {need} 笔，即升入 {to} 象限（按当前分界线）。",
    "en-US": "{need} more purchases within the {months}-month window would make them {to} (at today's thresholds).",
  },
  "c360.why.closenessLowOne": {
    "zh-CN": "统计窗口（{months} 个月）内再成交 1 笔，即升入 {to} 象限（按当前分界线）。",
    "en-US": "1 more purchase within the {months}-month window would make them {to} (at today's thresholds).",
  },
  "c360.why.closenessBlocked": {
    "zh-CN": "不良回款记录仍在统计窗口内，惩罚为 100%：再多购买紧密度也不会变高。",
    "en-US": "The bad-payment record is in the window and the penalty is 100 %: no number of purchases makes closeness high.",
  },
  "c360.why.penaltyCost": {
    "zh-CN": "若没有第 {row} 行的不良回款记录，该客户会在 {quadrant} 象限。",
    "en-US": "Without the bad payment on row {row} they would be {quadrant}.",
  },
  "c360.why.badDebt": {
    "zh-CN": "坏账 {amount}：按 {margin} 的净利润率，需要额外销售 {extra} 才能弥补。",
    "en-US": "Bad debt of {amount}: at a {margin} margin it takes {extra} of extra sales to make up.",
  },

  "taskpane.tab.customer": { "zh-CN": "客户 360", "en-US": "Customer 360" },
  "taskpane.error.write": { "zh-CN": "写入工作簿时出错。", "en-US": "Writing to the workbook failed." },

  "c360.search.label": { "zh-CN": "按姓名、编号或电话查找客户", "en-US": "Find a customer by name, ID or phone" },
  "c360.search.none": { "zh-CN": "没有找到“{query}”", "en-US": "Nothing found for “{query}”" },
  "c360.search.close": { "zh-CN": "近似", "en-US": "close match" },
  "c360.follow.hint": {
    "zh-CN": "在客户、跟进、购买、资产或保单表中选中一行，这里就显示该客户。",
    "en-US": "Select a row in any customer, follow-up, purchase, asset or policy sheet to show that customer here.",
  },
  "c360.notYet": { "zh-CN": "刷新象限后即可查看客户。", "en-US": "Refresh the quadrants to look customers up." },
  "c360.quadrantLine": { "zh-CN": "{quadrant} 象限 · {relationship} · {name}", "en-US": "Quadrant {quadrant} · {relationship} · {name}" },
  "c360.borderline": { "zh-CN": "临界", "en-US": "Borderline" },
  "c360.label.strategy": { "zh-CN": "策略", "en-US": "Strategy" },
  "c360.label.nextVisit": { "zh-CN": "下次拜访", "en-US": "Next visit" },
  "c360.label.lastContact": { "zh-CN": "最近联系", "en-US": "Last contact" },
  "c360.never": { "zh-CN": "从未联系", "en-US": "Never contacted" },
  "c360.birthday.days": { "zh-CN": "{date}（还有 {days} 天）", "en-US": "{date} (in {days} days)" },
  "c360.birthday.today": { "zh-CN": "{date}（今天生日）", "en-US": "{date} (birthday today)" },
  "c360.goToRow": { "zh-CN": "转到客户表中的这一行", "en-US": "Go to the customer's row" },

  "c360.why.heading": { "zh-CN": "为什么是 {quadrant} 象限", "en-US": "Why quadrant {quadrant}" },
  "c360.why.amount": {
    "zh-CN": "交易额 {amount}：{start} 之后至 {asOf} 的 {count} 笔购买之和（分界线 {threshold}）。",
    "en-US": "Amount {amount}: the sum of the {count} purchases after {start} up to {asOf} (threshold {threshold}).",
  },
  "c360.why.frequency": {
    "zh-CN": "频率：{count} 笔 ÷ {months} 个月 = 每月 {frequency} 笔。",
    "en-US": "Frequency: {count} purchases ÷ {months} months = {frequency} a month.",
  },
  "c360.why.closeness": { "zh-CN": "紧密度 {closeness}（分界线 {threshold}）。", "en-US": "Closeness {closeness} (threshold {threshold})." },
  "c360.why.penalty": {
    "zh-CN": "不良回款：第 {row} 行（{date}，{status}）使紧密度 × (1 − {penalty}) = {closeness}。",
    "en-US": "Bad payment: row {row} ({date}, {status}) makes closeness × (1 − {penalty}) = {closeness}.",
  },
  "c360.why.none": { "zh-CN": "统计窗口内没有购买，因此在 III 象限。", "en-US": "No purchase in the window, so quadrant III." },
  "c360.why.purchases": { "zh-CN": "计入的购买（点击转到该行）", "en-US": "Purchases counted (click to go to the row)" },
  "c360.why.debts": { "zh-CN": "坏账记录", "en-US": "Bad debts" },

  "c360.history.followUps": { "zh-CN": "跟进记录（{count}）", "en-US": "Follow-ups ({count})" },
  "c360.history.purchases": { "zh-CN": "全部购买（{count}）", "en-US": "All purchases ({count})" },
  "c360.history.assets": { "zh-CN": "资产（{count}）", "en-US": "Assets ({count})" },
  "c360.history.policies": { "zh-CN": "保单（{count}）", "en-US": "Policies ({count})" },
  "c360.history.empty": { "zh-CN": "暂无", "en-US": "None yet" },
  "c360.history.next": { "zh-CN": "下次约见 {date}", "en-US": "next {date}" },

  "log.action.followUp": { "zh-CN": "记录跟进", "en-US": "Log follow-up" },
  "log.action.purchase": { "zh-CN": "记录购买", "en-US": "Log purchase" },
  "log.action.customer": { "zh-CN": "新增客户", "en-US": "Add customer" },
  "log.action.done": { "zh-CN": "已完成", "en-US": "Done" },
  "log.action.greeting": { "zh-CN": "生日祝福", "en-US": "Greeting" },
  "log.save": { "zh-CN": "写入工作簿", "en-US": "Write to workbook" },
  "log.cancel": { "zh-CN": "取消", "en-US": "Cancel" },
  "log.copy": { "zh-CN": "复制", "en-US": "Copy" },
  "log.copied": { "zh-CN": "已复制，可粘贴到微信或短信。", "en-US": "Copied: paste it into WeChat or a text message." },
  "log.copyFailed": { "zh-CN": "无法自动复制，请手动选中文字复制。", "en-US": "Could not copy automatically; select the text and copy it." },
  "log.form.followUp": { "zh-CN": "跟进：{name}", "en-US": "Follow-up: {name}" },
  "log.form.purchase": { "zh-CN": "购买：{name}", "en-US": "Purchase: {name}" },
  "log.form.customer": { "zh-CN": "新客户", "en-US": "New customer" },
  "log.form.idHint": { "zh-CN": "按已有编号规律建议：{id}", "en-US": "Suggested from your IDs: {id}" },
  "log.written": { "zh-CN": "已追加到“{sheet}”第 {row} 行。", "en-US": "Appended to {sheet}, row {row}." },
  "fix.amount.text": { "zh-CN": "把这 {count} 个文本金额改为数字", "en-US": "Turn these {count} text amounts into numbers" },
  "fix.date.text": { "zh-CN": "把这 {count} 个文本日期改为日期", "en-US": "Turn these {count} text dates into dates" },
  "fix.done": {
    "zh-CN": "已修正 {count} 个单元格；{left} 个在此期间被改动，未写入。",
    "en-US": "{count} cells fixed; {left} changed meanwhile and were left alone.",
  },
  "log.goThere": { "zh-CN": "转到该行", "en-US": "Go there" },
  "taskpane.tab.import": { "zh-CN": "导入", "en-US": "Import" },
  "log.writing": { "zh-CN": "正在写入…", "en-US": "Writing…" },
  "log.issue.missing": { "zh-CN": "请填写“{field}”。", "en-US": "{field} is required." },
  "log.issue.unknownCustomer": { "zh-CN": "没有这个客户编号。", "en-US": "No customer has this ID." },
  "log.issue.duplicateId": { "zh-CN": "编号已被其他客户使用。", "en-US": "Another customer already has this ID." },
  "log.issue.notANumber": { "zh-CN": "“{field}”需要是有效的数字或日期。", "en-US": "{field} must be a valid number or date." },
  "log.issue.unknownValue": { "zh-CN": "“{field}”不是可选的值。", "en-US": "{field} is not one of the listed values." },
  "log.error.noTable": {
    "zh-CN": "“{table}”还不是 Excel 表，无法追加：请先点“设置工作簿”。",
    "en-US": "{table} is not an Excel table yet, so nothing can be appended: run Set up workbook first.",
  },
  "log.error.noColumn": {
    "zh-CN": "“{table}”表中没有“{field}”列：请添加该列或留空此项。",
    "en-US": "The {table} table has no {field} column: add it, or leave that field empty.",
  },
  "import.skip.missingId": { "zh-CN": "缺少客户编号", "en-US": "no customer ID" },
  "import.skip.duplicateInList": { "zh-CN": "与清单第 {row} 行重复", "en-US": "repeats row {row} of the list" },
  "import.skip.missing": { "zh-CN": "缺少“{field}”", "en-US": "{field} is missing" },
  "import.skip.invalid": { "zh-CN": "“{field}”无法识别：{value}", "en-US": "{field} not understood: {value}" },
  "import.skip.unknownCustomer": { "zh-CN": "工作簿中没有客户 {id}（先导入客户）", "en-US": "no customer {id} in the workbook (import the customers first)" },
  "import.skip.alreadyThere": { "zh-CN": "工作簿第 {row} 行已有相同记录", "en-US": "already in the workbook on row {row}" },

  "import.heading": { "zh-CN": "导入清单", "en-US": "Import a list" },
  "import.hint": {
    "zh-CN": "选择 .csv 或 .xlsx 文件（编码自动识别：UTF-8、GB18030/GBK）。按客户编号合并：新客户追加，已有客户只填空白单元格。",
    "en-US": "Pick a .csv or .xlsx file (encoding detected: UTF-8, GB18030/GBK). Merged by customer ID: new customers are appended, existing ones only get empty cells filled.",
  },
  "import.file": { "zh-CN": "文件", "en-US": "File" },
  "import.table": { "zh-CN": "导入到", "en-US": "Import into" },
  "import.read": { "zh-CN": "已读取 {file}：{rows} 行，{format}", "en-US": "Read {file}: {rows} rows, {format}" },
  "import.titleRows": { "zh-CN": "跳过表头上方的 {count} 行标题。", "en-US": "Skipped {count} title row(s) above the header." },
  "import.noHeader": { "zh-CN": "前 10 行中找不到含“{column}”的表头行。", "en-US": "No header row with {column} in the first 10 rows." },
  "import.map": { "zh-CN": "列对应：清单的列 → 工作簿的列（可修改）", "en-US": "Column map: the list's column → the workbook's (editable)" },
  "import.map.guess": { "zh-CN": "按含义推断，把握 {pct}%", "en-US": "guessed by meaning, {pct}% sure" },
  "import.map.alternatives": { "zh-CN": "也可能是：{captions}，请确认", "en-US": "{captions} fits too: please check" },
  "import.map.none": { "zh-CN": "（不导入）", "en-US": "(not imported)" },
  "import.preview": { "zh-CN": "预览（前 {count} 行）", "en-US": "Preview (first {count} rows)" },
  "import.summary": {
    "zh-CN": "将追加 {added} 行，填写 {filled} 个空白单元格；{conflicts} 处冲突；{skipped} 行不导入。",
    "en-US": "To append: {added} rows. Empty cells to fill: {filled}. Conflicts: {conflicts}. Rows not imported: {skipped}.",
  },
  "import.conflicts": { "zh-CN": "冲突：勾选的改用导入值", "en-US": "Conflicts: ticked ones take the imported value" },
  "import.conflict": {
    "zh-CN": "{id} 的“{column}”：工作簿为“{current}”，清单第 {row} 行为“{incoming}”",
    "en-US": "{id}, {column}: the workbook has “{current}”, list row {row} has “{incoming}”",
  },
  "import.skipped": { "zh-CN": "不导入的行", "en-US": "Rows not imported" },
  "import.skippedRow": { "zh-CN": "第 {row} 行：{reason}", "en-US": "Row {row}: {reason}" },
  "import.run": { "zh-CN": "导入", "en-US": "Import" },
  "import.done": {
    "zh-CN": "已追加 {added} 行到“{sheet}”，填写 {filled} 个单元格。",
    "en-US": "Appended {added} rows to {sheet} and filled {filled} cells.",
  },
  "import.notFilled": {
    "zh-CN": "{count} 个单元格在导入时已不再为空（或行已移动），未写入。",
    "en-US": "{count} cells were no longer empty (or their row moved) when written, and were left alone.",
  },
  "import.failed": { "zh-CN": "无法读取该文件：{detail}", "en-US": "Could not read that file: {detail}" },

  "cli.help.import": { "zh-CN": "把 .csv 或 .xlsx 清单按客户编号合并进工作簿的副本", "en-US": "merge a .csv or .xlsx list into a copy of the workbook by customer ID" },
  "cli.help.importList": { "zh-CN": "要导入的清单（.csv 或 .xlsx）", "en-US": "the list to import (.csv or .xlsx)" },
  "cli.help.importTable": {
    "zh-CN": "导入到哪个表：customers、followUps、purchases、assets、policies",
    "en-US": "the table to import into: customers, followUps, purchases, assets, policies",
  },
  "cli.error.importTable": { "zh-CN": "--table 需要是以下之一：{tables}（收到“{value}”）", "en-US": "--table must be one of {tables} (got “{value}”)" },
  "cli.error.importOut": { "zh-CN": "import 需要 --out <merged.xlsx>：输入文件从不修改", "en-US": "import needs --out <merged.xlsx>: the input file is never modified" },
  "cli.error.importNoHeader": { "zh-CN": "{file}：前 10 行中找不到含“{column}”的表头行", "en-US": "{file}: no header row with {column} in the first 10 rows" },
  "cli.import.summary": {
    "zh-CN": "追加 {added} 行，填写 {filled} 个空白单元格，{conflicts} 处冲突（保留工作簿的值），{skipped} 行未导入。",
    "en-US": "{added} rows appended, {filled} empty cells filled, {conflicts} conflicts (the workbook's value kept), {skipped} rows not imported.",
  },
  "cli.import.conflict": {
    "zh-CN": "冲突 {id} “{column}”：工作簿“{current}”，清单第 {row} 行“{incoming}”",
    "en-US": "conflict {id} {column}: workbook “{current}”, list row {row} “{incoming}”",
  },
  "cli.import.skipped": { "zh-CN": "第 {row} 行未导入：{reason}", "en-US": "row {row} not imported: {reason}" },
};
