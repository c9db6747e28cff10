import type { Catalog } from "../index";

/** Strings of src/cli and of the .xlsx reader it drives (src/xlsx). Keys are prefixed "cli.". */
export const cliStrings: Catalog = {
  "cli.book.not-a-workbook": {
    "zh-CN": "这不是 Excel 工作簿（.xlsx）。",
    "en-US": "it is not an Excel workbook (.xlsx).",
  },
  "cli.book.legacy-or-encrypted": {
    "zh-CN": "这是旧版 .xls 文件或设置了打开密码的工作簿，请在 Excel 中另存为不加密的 .xlsx。",
    "en-US": "it is an old .xls file or a password-protected workbook; save it from Excel as an unprotected .xlsx.",
  },
  "cli.book.unreadable": {
    "zh-CN": "工作簿已损坏，无法读取（{detail}）。",
    "en-US": "the workbook is damaged and cannot be read ({detail}).",
  },
  "cli.book.no-customer-sheet": {
    "zh-CN": "找不到客户表：需要名为“客户”的工作表、名为 crmCustomers 的表格，或表头含“客户编号”和“客户名称”的工作表。",
    "en-US":
      "there is no customer sheet: expected a sheet named “Customers”, a table named crmCustomers, or a sheet whose header has “Customer ID” and “Name”.",
  },

  "cli.error.book": { "zh-CN": "无法使用 {file}：{detail}", "en-US": "Cannot use {file}: {detail}" },
  "cli.error.noFile": { "zh-CN": "找不到文件 {file}。", "en-US": "No such file: {file}." },
  "cli.error.notAFile": { "zh-CN": "{file} 不是文件。", "en-US": "{file} is not a file." },
  "cli.error.cannotRead": { "zh-CN": "无法读取 {file}（{detail}）。", "en-US": "Cannot read {file} ({detail})." },
  "cli.error.cannotWrite": { "zh-CN": "无法写入 {file}（{detail}）。", "en-US": "Cannot write {file} ({detail})." },
  "cli.error.outIsInput": {
    "zh-CN": "--out 不能是输入文件本身（{file}）：输入文件永远不会被修改，请另起一个文件名。",
    "en-US": "--out must not be the input file ({file}): the input is never modified; choose another name.",
  },
  "cli.error.asOf": {
    "zh-CN": "--as-of 的日期“{value}”无效，请写成 YYYY-MM-DD，例如 2026-03-05。",
    "en-US": "--as-of “{value}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-05.",
  },
  "cli.error.lang": {
    "zh-CN": "不支持的语言“{value}”，请用 zh-CN 或 en-US。",
    "en-US": "Unsupported language “{value}”; use zh-CN or en-US.",
  },
  "cli.error.unknownCommand": {
    "zh-CN": "未知命令“{value}”，可用的命令：{commands}。",
    "en-US": "Unknown command “{value}”; the commands are {commands}.",
  },
  "cli.error.unknownOption": {
    "zh-CN": "未知选项“{value}”，运行 crm --help 查看用法。",
    "en-US": "Unknown option “{value}”; run crm --help for usage.",
  },
  "cli.error.missingBook": {
    "zh-CN": "缺少工作簿文件，例如：crm score 客户.xlsx",
    "en-US": "Which workbook? For example: crm score customers.xlsx",
  },
  "cli.error.missingArgument": {
    "zh-CN": "缺少参数 {value}，运行 crm --help 查看用法。",
    "en-US": "Missing argument {value}; run crm --help for usage.",
  },
  "cli.error.optionValue": { "zh-CN": "选项 {value} 缺少取值。", "en-US": "Option {value} needs a value." },
  "cli.error.excessArguments": {
    "zh-CN": "参数过多：一次只处理一个工作簿。",
    "en-US": "Too many arguments: one workbook at a time.",
  },
  "cli.error.usage": {
    "zh-CN": "命令行有误，运行 crm --help 查看用法。",
    "en-US": "Invalid command line; run crm --help for usage.",
  },
  "cli.error.unexpected": { "zh-CN": "处理失败：{detail}", "en-US": "Failed: {detail}" },

  "cli.help.program": {
    "zh-CN": "四象限客户管理：对 .xlsx 客户工作簿评分、检查数据、生成今日计划（输入文件不会被修改）",
    "en-US": "Four-quadrant customer workbook: score, check and plan from an .xlsx file (the file is never modified)",
  },
  "cli.help.help": { "zh-CN": "显示帮助", "en-US": "show help" },
  "cli.help.title.usage": { "zh-CN": "用法：", "en-US": "Usage:" },
  "cli.help.title.arguments": { "zh-CN": "参数：", "en-US": "Arguments:" },
  "cli.help.title.options": { "zh-CN": "选项：", "en-US": "Options:" },
  "cli.help.title.globalOptions": { "zh-CN": "全局选项：", "en-US": "Global Options:" },
  "cli.help.title.commands": { "zh-CN": "命令：", "en-US": "Commands:" },
  "cli.help.book": { "zh-CN": "客户工作簿（.xlsx）", "en-US": "the customer workbook (.xlsx)" },
  "cli.help.asOf": {
    "zh-CN": "统计日 YYYY-MM-DD（默认：设置表中的统计日，否则今天）",
    "en-US": "as-of date YYYY-MM-DD (default: the settings sheet's asOf, else today)",
  },
  "cli.help.json": { "zh-CN": "只输出 JSON", "en-US": "print JSON only" },
  "cli.help.lang": {
    "zh-CN": "输出语言 zh-CN 或 en-US（默认：中文环境或中文表头用中文）",
    "en-US": "output language zh-CN or en-US (default: Chinese for a Chinese locale or Chinese headers)",
  },
  "cli.help.out": { "zh-CN": "另存一份填好计算列的副本", "en-US": "write a copy with the computed columns filled in" },
  "cli.help.score": {
    "zh-CN": "每位客户的象限、交易额、紧密度和策略",
    "en-US": "each customer's quadrant, amount, closeness and strategy",
  },
  "cli.help.check": {
    "zh-CN": "数据质量报告（有错误时退出码为 1）",
    "en-US": "data-quality report (exit code 1 when there are errors)",
  },
  "cli.help.plan": { "zh-CN": "今日拜访计划", "en-US": "today's contact plan" },

  "cli.score.thresholds": {
    "zh-CN": "分界线：交易额 {amount}，紧密度 {closeness} 次/月",
    "en-US": "Thresholds: amount {amount}, closeness {closeness} purchases a month",
  },
  "cli.score.counts": { "zh-CN": "共 {customers} 位客户 — {counts}", "en-US": "{customers} customers — {counts}" },
  "cli.score.problems": {
    "zh-CN": "数据中有 {errors} 个错误、{warnings} 个警告，运行 check 查看详情。",
    "en-US": "The data has {errors} errors and {warnings} warnings; run check for details.",
  },
  "cli.score.written": {
    "zh-CN": "已写出带计算列的副本：{file}",
    "en-US": "Wrote a copy with the computed columns: {file}",
  },

  "cli.check.clean": { "zh-CN": "没有发现数据问题。", "en-US": "No data problems found." },
  "cli.check.error": { "zh-CN": "错误", "en-US": "error" },
  "cli.check.warning": { "zh-CN": "警告", "en-US": "warning" },
  "cli.check.summary": {
    "zh-CN": "共 {errors} 个错误、{warnings} 个警告。",
    "en-US": "{errors} errors, {warnings} warnings.",
  },

  "cli.plan.title": { "zh-CN": "{date} 今日计划：{count} 位客户", "en-US": "Plan for {date}: {count} customers" },
  "cli.plan.empty": { "zh-CN": "今天没有需要联系的客户。", "en-US": "Nobody to contact today." },
  "cli.plan.reason": { "zh-CN": "原因", "en-US": "Why" },
  "cli.plan.quadrant": { "zh-CN": "象限", "en-US": "Quadrant" },
  "cli.plan.channel": { "zh-CN": "方式", "en-US": "Channel" },
  "cli.plan.action": { "zh-CN": "怎么做", "en-US": "What to do" },

  "cli.demo.help": { "zh-CN": "生成一份演示用的客户工作簿（.xlsx）", "en-US": "write a demo customer workbook (.xlsx)" },
  "cli.demo.out": { "zh-CN": "要写出的 .xlsx 文件", "en-US": "the .xlsx file to write" },
  "cli.demo.asOf": {
    "zh-CN": "演示数据的统计日 YYYY-MM-DD（默认今天）",
    "en-US": "the demo's as-of date YYYY-MM-DD (default: today)",
  },
  "cli.demo.customers": { "zh-CN": "客户数量", "en-US": "number of customers" },
  "cli.demo.seed": {
    "zh-CN": "随机种子（相同种子生成相同数据）",
    "en-US": "random seed (the same seed gives the same data)",
  },
  "cli.demo.badNumber": {
    "zh-CN": "--customers 和 --seed 须为整数（客户数 1–100000）。",
    "en-US": "--customers and --seed must be whole numbers (1–100000 customers).",
  },
  "cli.demo.written": {
    "zh-CN": "已写出演示工作簿 {file}（{customers} 位客户）。",
    "en-US": "Wrote the demo workbook {file} ({customers} customers).",
  },
};
