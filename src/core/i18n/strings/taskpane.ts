import type { Catalog } from "../index";

/** Strings of src/taskpane and src/workbench. Keys are prefixed "taskpane." (workbench: "taskpane.workbench."). */
export const taskpaneStrings: Catalog = {
  "taskpane.title": { "zh-CN": "四象限客户管理", "en-US": "Quadrant CRM" },
  "taskpane.subtitle": { "zh-CN": "按交易额与紧密度给客户分类，决定今天见谁", "en-US": "Sort customers by amount and closeness; decide whom to see today" },

  "taskpane.action.setup": { "zh-CN": "设置工作簿", "en-US": "Set up workbook" },
  "taskpane.action.refresh": { "zh-CN": "刷新象限", "en-US": "Refresh quadrants" },
  "taskpane.action.dismiss": { "zh-CN": "关闭", "en-US": "Dismiss" },
  "taskpane.progress.label": { "zh-CN": "进度", "en-US": "Progress" },

  "taskpane.setup.done": { "zh-CN": "工作簿已就绪", "en-US": "The workbook is ready" },
  "taskpane.setup.created": { "zh-CN": "新建：{sheets}", "en-US": "Created: {sheets}" },
  "taskpane.setup.adopted": { "zh-CN": "沿用您已有的表：{sheets}", "en-US": "Adopted your sheets: {sheets}" },
  "taskpane.setup.existing": { "zh-CN": "已存在：{sheets}", "en-US": "Already set up: {sheets}" },
  "taskpane.setup.problems": { "zh-CN": "发现 {count} 个结构问题，见“数据问题”。", "en-US": "{count} structural problems found; see Data." },
  "taskpane.list.separator": { "zh-CN": "、", "en-US": ", " },

  "taskpane.refresh.done": { "zh-CN": "已刷新", "en-US": "Refreshed" },
  "taskpane.refresh.written": { "zh-CN": "已为 {count} 位客户写入象限与策略。", "en-US": "Quadrant and strategy written for {count} customers." },
  "taskpane.refresh.reread": {
    "zh-CN": "计算期间表格行被移动（例如排序），已重新读取，未写错行。",
    "en-US": "The rows moved while scoring (a sort?); they were read again so nothing went into the wrong row.",
  },

  "taskpane.stale.message": {
    "zh-CN": "数据已更改，刷新后象限与计划才会更新。",
    "en-US": "The data changed; refresh to update the quadrants and the plan.",
  },
  "taskpane.stale.refresh": { "zh-CN": "刷新", "en-US": "Refresh" },

  "taskpane.error.title": { "zh-CN": "操作未完成", "en-US": "That did not work" },
  "taskpane.error.setup": { "zh-CN": "设置工作簿时出错。", "en-US": "Setting up the workbook failed." },
  "taskpane.error.refresh": { "zh-CN": "刷新象限时出错。", "en-US": "Refreshing the quadrants failed." },
  "taskpane.error.select": { "zh-CN": "无法跳转到该单元格。", "en-US": "Could not go to that cell." },
  "taskpane.error.cellEdit": {
    "zh-CN": "Excel 正处于单元格编辑状态：请先按 Enter 或 Esc，再重试。",
    "en-US": "Excel is editing a cell: press Enter or Esc, then try again.",
  },
  "taskpane.error.notFound": {
    "zh-CN": "找不到所需的工作表或表格，可能已被删除或重命名。请点击“设置工作簿”。",
    "en-US": "A sheet or table was not found; it may have been deleted or renamed. Click “Set up workbook”.",
  },
  "taskpane.error.tooLarge": {
    "zh-CN": "一次写入的数据超出 Excel 的限制。请缩小表格后重试。",
    "en-US": "Excel refused a write as too large. Try again with a smaller table.",
  },
  "taskpane.error.denied": {
    "zh-CN": "工作簿或工作表受保护，无法写入。请取消保护后重试。",
    "en-US": "The workbook or sheet is protected. Unprotect it and try again.",
  },
  "taskpane.error.detail": { "zh-CN": "详细信息：{detail}", "en-US": "Details: {detail}" },

  "taskpane.tab.summary": { "zh-CN": "象限", "en-US": "Quadrants" },
  "taskpane.tab.plan": { "zh-CN": "今日计划", "en-US": "Today" },
  "taskpane.tab.problems": { "zh-CN": "数据问题", "en-US": "Data issues" },
  "taskpane.tabs.label": { "zh-CN": "结果", "en-US": "Results" },
  "filePicker.choose": { "zh-CN": "选择文件…", "en-US": "Choose a file…" },
  "filePicker.none": { "zh-CN": "未选择文件", "en-US": "No file chosen" },
  "taskpane.tabs.moreShort": { "zh-CN": "更多", "en-US": "More" },
  "taskpane.tabs.more": { "zh-CN": "更多视图（{count} 个）", "en-US": "More views ({count})" },

  "taskpane.start.title": { "zh-CN": "三步开始", "en-US": "Get started in three steps" },
  "taskpane.start.step1": {
    "zh-CN": "点击“设置工作簿”：创建客户、跟进、购买等表格，或沿用您已有的表，不改动任何已填内容。",
    "en-US": "Click “Set up workbook”: it creates the customer, follow-up and purchase tables, or adopts yours without changing anything you typed.",
  },
  "taskpane.start.step2": {
    "zh-CN": "在表格中录入客户、跟进记录和购买记录，各表通过客户编号关联。",
    "en-US": "Enter customers, follow-ups and purchases; the sheets are linked by customer ID.",
  },
  "taskpane.start.step3": {
    "zh-CN": "点击“刷新象限”：按交易额与紧密度把每位客户放入四个象限，并给出今日拜访计划。",
    "en-US": "Click “Refresh quadrants”: every customer is placed by amount and closeness, and today's plan is drawn up.",
  },
  "taskpane.empty.summary": { "zh-CN": "尚未计算。请点击“刷新象限”。", "en-US": "Nothing scored yet. Click “Refresh quadrants”." },

  "taskpane.summary.heading": { "zh-CN": "客户四象限", "en-US": "Customer quadrants" },
  // The Y label runs bottom-to-top in English (so "→" shows as an up arrow) and upright top-to-bottom in Chinese.
  "taskpane.summary.axisAmount": { "zh-CN": "↑交易额高", "en-US": "Amount: high →" },
  "taskpane.summary.axisCloseness": { "zh-CN": "紧密度 高 →", "en-US": "Closeness: high →" },
  "taskpane.summary.cellLabel": {
    "zh-CN": "{quadrant} 象限，{relationship}：{count} 位客户",
    "en-US": "Quadrant {quadrant}, {relationship}: {count} customers",
  },
  "taskpane.summary.total": { "zh-CN": "共 {count} 位客户", "en-US": "{count} customers" },
  "taskpane.summary.asOf": { "zh-CN": "统计日 {date}", "en-US": "As of {date}" },
  "taskpane.summary.amountThreshold": { "zh-CN": "交易额分界", "en-US": "Amount threshold" },
  "taskpane.summary.closenessThreshold": { "zh-CN": "紧密度分界", "en-US": "Closeness threshold" },
  "taskpane.summary.closenessValue": { "zh-CN": "{value} 次/月", "en-US": "{value} per month" },
  "taskpane.summary.borderline": { "zh-CN": "临界客户", "en-US": "Borderline" },
  "taskpane.summary.borderlineValue": { "zh-CN": "{count} 位，需重点关注", "en-US": "{count}, watch these" },
  "taskpane.summary.strategies": { "zh-CN": "各象限策略", "en-US": "Strategy per quadrant" },
  "taskpane.summary.strategyOf": { "zh-CN": "{quadrant} {name}", "en-US": "{quadrant} {name}" },

  "taskpane.plan.heading": { "zh-CN": "今日拜访计划（{count}）", "en-US": "Today's plan ({count})" },
  "taskpane.plan.empty": { "zh-CN": "今天没有需要联系的客户。", "en-US": "Nobody needs a contact today." },
  "taskpane.plan.hint": { "zh-CN": "点击客户可跳转到其所在行。", "en-US": "Click a customer to go to their row." },
  "taskpane.plan.quadrant": { "zh-CN": "{quadrant} 象限", "en-US": "Quadrant {quadrant}" },

  "taskpane.problems.empty": { "zh-CN": "没有发现数据问题。", "en-US": "No data problems found." },
  "taskpane.problems.notYet": { "zh-CN": "设置或刷新后，这里会列出需要修正的单元格。", "en-US": "After set-up or a refresh, the cells to fix are listed here." },
  "taskpane.problems.errors": { "zh-CN": "错误（{count}）", "en-US": "Errors ({count})" },
  "taskpane.problems.warnings": { "zh-CN": "提醒（{count}）", "en-US": "Warnings ({count})" },
  "taskpane.problems.hint": {
    "zh-CN": "同一列的同类问题合为一条；点击可选中对应（第一个）单元格。",
    "en-US": "Problems of one kind in one column are one line; click to select its (first) cell.",
  },
  "taskpane.problems.more": { "zh-CN": "再显示 {count} 条", "en-US": "Show {count} more" },

  "taskpane.workbench.title": { "zh-CN": "四象限客户管理 · 工作台", "en-US": "Quadrant CRM · Workbench" },
  "taskpane.workbench.toolbar": { "zh-CN": "工作台工具栏", "en-US": "Workbench toolbar" },
  "taskpane.workbench.language": { "zh-CN": "语言", "en-US": "Language" },
  "taskpane.workbench.paneWidth": { "zh-CN": "窗格宽度", "en-US": "Pane width" },
  "taskpane.workbench.open": { "zh-CN": "打开 .xlsx", "en-US": "Open .xlsx" },
  "taskpane.workbench.openLabel": { "zh-CN": "打开您自己的 .xlsx 文件", "en-US": "Open your own .xlsx file" },
  "taskpane.workbench.download": { "zh-CN": "下载 .xlsx", "en-US": "Download .xlsx" },
  "taskpane.workbench.reset": { "zh-CN": "重置示例", "en-US": "Reset demo" },
  "taskpane.workbench.demoFile": { "zh-CN": "四象限客户示例.xlsx", "en-US": "quadrant-crm-demo.xlsx" },
  "taskpane.workbench.formulaColumn": { "zh-CN": "公式示例", "en-US": "Formula" },
  "taskpane.workbench.workbook": { "zh-CN": "工作簿", "en-US": "Workbook" },
  "taskpane.workbench.taskPane": { "zh-CN": "任务窗格", "en-US": "Task pane" },
  "taskpane.workbench.sheets": { "zh-CN": "工作表", "en-US": "Sheets" },
  "taskpane.workbench.nameBox": { "zh-CN": "名称框", "en-US": "Name box" },
  "taskpane.workbench.formulaBar": { "zh-CN": "编辑栏", "en-US": "Formula bar" },
  "taskpane.workbench.listPicker": { "zh-CN": "从列表中选择", "en-US": "Pick from the list" },
  "taskpane.workbench.charts": { "zh-CN": "图表", "en-US": "Charts" },
};
