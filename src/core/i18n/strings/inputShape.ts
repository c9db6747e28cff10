/** Strings of a refresh whose input changed shape (src/core/inputShape.ts): the dashboard's movements section. */
import type { Catalog } from "../index";

export const inputShapeStrings: Catalog = {
  "dashboard.movements.hold": {
    "zh-CN": "本次刷新的数据结构有变（列对应被修改、某张表无法读取或大量行新近无效），象限变化不算作迁移，未记入迁移记录；若下次刷新仍是这样，将作为“重置”记录。",
    "en-US": "This refresh read the book in a new shape (the column map edited, a table unreadable or many rows newly invalid): quadrant changes are not movements and were not recorded; if the next refresh reads the same, they are recorded as a reset.",
  },
  "dashboard.movements.reset": {
    "zh-CN": "数据结构的变化已保持，{count} 位客户的象限按“重置”记入迁移记录（不是迁移，趋势图不计）。",
    "en-US": "The new shape stayed: {count} customers' quadrants were recorded as a reset (not movements; the trend leaves them out).",
  },
};
