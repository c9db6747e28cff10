/** A computed column added beside the user's own column of that caption (src/core/besideUser.ts). */
import type { Catalog } from "../index";

export const besideUserStrings: Catalog = {
  "columns.besideUser": {
    "zh-CN": "“{sheet}”表的“{theirs}”列是您自己的：插件不读取也不改写它，算出的{what}写在“{ours}”列。",
    "en-US": "The “{theirs}” column on the “{sheet}” sheet is your own: the add-in neither reads nor changes it, and writes the computed {what} in the “{ours}” column.",
  },
  "columns.besideUser.booking": {
    "zh-CN": "预约请记在{table}的“{column}”里，今日计划据此安排。",
    "en-US": " Record bookings in the “{column}” column of the {table}: today's plan is made from it.",
  },
};
