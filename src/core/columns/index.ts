/** Columns by meaning (SPEC 2a): the one place a caption is matched to a field. */
export { normalizeCaption, type NormalCaption, type Unit } from "./normalize";
export {
  proposeColumnMap,
  columnIndexes,
  mapHeaders,
  captionScore,
  MIN_CONFIDENCE,
  SAMPLE_SIZE,
  type ColumnMap,
  type ColumnChoices,
  type FieldMatch,
  type MatchHow,
} from "./match";
export { enumByMeaning } from "./values";
