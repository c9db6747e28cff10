import type { Catalog } from "../index";

/** Strings of issue 11 (what real Excel does that the in-memory one now does too). */
export const realExcelStrings: Catalog = {
  "functions.error.screened": {
    "zh-CN": "参数是错误值 {value}：Excel 不调用函数，直接显示该错误。",
    "en-US": "An argument is the error {value}: Excel shows it without calling the function.",
  },
};
