/** Strings of a book kept as a ledger (issue 24): the customer sheet made from it, links by name, the CLI's word on it. */
import type { Catalog } from "../index";

export const ledgerStrings: Catalog = {
  "problem.id.nameShared": {
    "zh-CN": "“{value}”是客户表中不止一位客户的名称（第 {rows} 行），该行不计入任何客户；请让名称不重复，或在本表用客户编号。",
    "en-US": "“{value}” is the name of more than one customer in the customer sheet (rows {rows}); the row counts for no customer — make the names differ, or use the customer ID here.",
  },
  "ledger.offer.message": {
    "zh-CN": "本簿没有客户表，客户取自“{sheet}”。可以新建一张客户表，每位客户一行（编号、名称，其余列留给您填写）；“{sheet}”本身不会改动。",
    "en-US": "This book has no customer sheet: the customers are taken from “{sheet}”. A customer sheet can be added with one row per customer (ID and name, the other columns for you to fill); “{sheet}” itself is not changed.",
  },
  "ledger.offer.action": { "zh-CN": "新建客户表", "en-US": "Add customer sheet" },
  "ledger.made.title": { "zh-CN": "已新建客户表“{sheet}”", "en-US": "Customer sheet “{sheet}” added" },
  "ledger.made.customers": {
    "zh-CN": "{count} 位客户取自“{ledger}”，每位一行；电话、生日等列为空，请补充。",
    "en-US": "{count} customers from “{ledger}”, one row each; phone, birthday and the other columns are empty for you to fill.",
  },
  "ledger.made.generated": {
    "zh-CN": "台账没有客户编号：已生成编号 {first}–{last}；购买记录按“{column}”列中的客户名称对应到客户，列对应中已记下。",
    "en-US": "The ledger has no customer IDs: IDs {first}–{last} were generated, and the purchases are matched to the customers by the names in the “{column}” column, as the column map now says.",
  },
  "ledger.error.hasCustomers": {
    "zh-CN": "本簿已有客户表“{sheet}”，无需从台账新建。",
    "en-US": "This book already has a customer sheet (“{sheet}”): there is nothing to make from a ledger.",
  },
  "ledger.error.none": {
    "zh-CN": "找不到台账：本簿没有含客户、日期和金额列的购买记录表。",
    "en-US": "There is no ledger to take the customers from: no purchases sheet with customer, date and amount columns was found.",
  },
  "ledger.error.empty": {
    "zh-CN": "“{sheet}”中没有可读的客户，未新建客户表。",
    "en-US": "“{sheet}” has no customer that can be read; no customer sheet was added.",
  },
  "ledger.error.ask": {
    "zh-CN": "{sheets} 都可能是购买记录：请先在列对应中选定台账，再新建客户表。",
    "en-US": "{sheets} could each be the purchases: choose the ledger in the column map first, then add the customer sheet.",
  },
  "cli.error.ledgerOut": {
    "zh-CN": "“{sheet}”是台账，本簿没有客户表可写入象限等列，未写出副本。不加 --out 的 crm score 照常评分；要得到评分副本，请在 Excel 中打开本簿，点“设置工作簿”，再点“新建客户表”（台账不动），然后再运行本命令。",
    "en-US": "“{sheet}” is a ledger: the book has no customer sheet to write the quadrant and other columns into, so no copy was written. `crm score` without --out scores it as it is; for a scored copy, open the book in Excel, click “Set up workbook”, then “Add customer sheet” (the ledger is not changed), and run this again.",
  },
  "cli.error.ledgerImport": {
    "zh-CN": "“{sheet}”是台账，本簿没有 --table {table} 的表可导入清单，未写出副本。请在 Excel 中打开本簿，点“设置工作簿”，再点“新建客户表”（台账不动），然后再运行本命令；购买记录可用 --table purchases 导入到“{sheet}”。",
    "en-US": "“{sheet}” is a ledger: the book has no sheet for --table {table} to import the list into, so no copy was written. Open the book in Excel, click “Set up workbook”, then “Add customer sheet” (the ledger is not changed), and run this again; purchases can be imported into “{sheet}” with --table purchases.",
  },
};
