/** Strings of the column map's refusals (src/core/columns/binding.ts): a column that cannot hold a field. */
import type { Catalog } from "../index";

export const bindingStrings: Catalog = {
  "binding.holds.text": { "zh-CN": "文字（如{examples}）", "en-US": "text (e.g. {examples})" },
  "binding.holds.other": { "zh-CN": "别的内容", "en-US": "something else" },
  "binding.separator": { "zh-CN": "、", "en-US": ", " },
  "binding.refuse.number": {
    "zh-CN": "“{sheet}”表的“{column}”列存的是{holds}，不是数字，不能作为“{field}”。",
    "en-US": "Column “{column}” on sheet “{sheet}” holds {holds}, not numbers: it cannot be “{field}”.",
  },
  "binding.refuse.date": {
    "zh-CN": "“{sheet}”表的“{column}”列存的是{holds}，不是日期，不能作为“{field}”。",
    "en-US": "Column “{column}” on sheet “{sheet}” holds {holds}, not dates: it cannot be “{field}”.",
  },
  "binding.ask": {
    "zh-CN": "用“{sheet}”表的“{column}”列作为“{field}”，前 {rows} 行中有 {unreadable} 行将无法读取。确定吗？",
    "en-US": "With column “{column}” on sheet “{sheet}” as “{field}”, {unreadable} of the first {rows} rows could not be read. Use it anyway?",
  },
  "binding.cli.refused": { "zh-CN": "--map {spec}：{reason}", "en-US": "--map {spec}: {reason}" },
  "binding.cli.unreadable": {
    "zh-CN": "用“{sheet}”表的“{column}”列作为“{field}”，前 {rows} 行中有 {unreadable} 行将无法读取。",
    "en-US": "with column “{column}” on sheet “{sheet}” as “{field}”, {unreadable} of the first {rows} rows could not be read.",
  },
  "binding.pane.confirm": { "zh-CN": "仍然使用", "en-US": "Use it anyway" },
};
