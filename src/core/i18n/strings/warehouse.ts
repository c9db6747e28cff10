import type { Catalog } from "../index";

/** Strings of `crm export --parquet` and `crm sql` (src/cli/warehouse.ts). */
export const warehouseStrings: Catalog = {
  "cli.help.export": {
    "zh-CN": "把各工作簿关联好的记录导出为 Parquet 文件（供数据仓库使用）",
    "en-US": "write the books' linked records as Parquet files (for a data warehouse)",
  },
  "cli.help.parquet": { "zh-CN": "写入 Parquet 文件的文件夹", "en-US": "the folder to write the Parquet files into" },
  "cli.help.sqlAsOf": {
    "zh-CN": "写进查询的统计日期 YYYY-MM-DD（默认：今天）",
    "en-US": "as-of date YYYY-MM-DD written into the query (default: today)",
  },
  "cli.help.sql": {
    "zh-CN": "打印四象限方法的 SQL（在导出的 Parquet 上运行，每位客户一行）",
    "en-US": "print the four-quadrant method as SQL over the exported Parquet files (one row per customer)",
  },
  "cli.help.dialect": { "zh-CN": "SQL 方言：duckdb（默认）或 spark", "en-US": "SQL dialect: duckdb (default) or spark" },
  "cli.help.from": {
    "zh-CN": "Parquet 文件所在的文件夹（默认：当前文件夹）",
    "en-US": "the folder of the Parquet files (default: the current folder)",
  },
  "cli.error.parquetDir": {
    "zh-CN": "请用 --parquet 指定写入的文件夹，例如：crm export 工作簿/ --parquet 导出/",
    "en-US": "Where to? Name the folder with --parquet, e.g. crm export books/ --parquet out/",
  },
  "cli.error.dialect": { "zh-CN": "不支持的 SQL 方言“{value}”，请用 duckdb 或 spark。", "en-US": "Unknown SQL dialect “{value}”; use duckdb or spark." },
  "cli.export.written": {
    "zh-CN": "已把 {books} 个工作簿写入 {dir}（customers.parquet、purchases.parquet、followups.parquet）。",
    "en-US": "Wrote {books} books to {dir} (customers.parquet, purchases.parquet, followups.parquet).",
  },
  "cli.export.ownSettings": {
    "zh-CN": "{file} 有自己的评分设置（{keys}）：crm sql 按默认设置计算，结果会与该工作簿的 crm score 不同。",
    "en-US": "{file} has its own scoring settings ({keys}): crm sql uses the defaults, so its answers will differ from that book's crm score.",
  },
};
