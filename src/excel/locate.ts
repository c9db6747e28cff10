/**
 * Which of the workbook's tables and sheets holds which dataset: the core's one locator
 * (src/core/locate.ts), the same rules the .xlsx reader uses. Setup and every read feed it the
 * tables' headers and the plain sheets' top rows.
 */
export {
  HEADER_SEARCH_ROWS,
  headerScore,
  locate,
  type Found,
  type Located,
  type RangeInfo,
  type TableInfo,
  type Unusable,
} from "../core/locate";
