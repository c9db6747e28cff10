/**
 * One field of the column map: its name, a drop-down of the table's header captions (plus
 * "automatic" and "none"), the first values of the column used, how it was matched and how sure,
 * and a warning badge where the user should look. Values are shown as text, as typed.
 */
import { Badge, Caption1, Checkbox, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FieldView, TableView } from "../../excel/host";
import type { StoredChoice } from "../../core/columns/stored";
import { type Lang, t } from "../../core/i18n";
import type { ChoiceCheck } from "./columnMapChecks";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  label: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  dropdown: { minWidth: 0, width: "100%" },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: "anywhere" },
});

/** Option values no header caption can be (a caption is text a person typed). */
const AUTO = "\u0001auto";
const NONE = "\u0001none";

export interface ColumnMapFieldProps {
  table: TableView;
  field: FieldView;
  /** The unsaved choice, if the user made one. */
  pending?: StoredChoice;
  lang: Lang;
  disabled: boolean;
  onChoose(choice: StoredChoice): void;
  /** The unsaved choice judged (core/columns/binding.ts): refused, or asked about until confirmed. */
  check?: ChoiceCheck;
  confirmed?: boolean;
  onConfirm?(yes: boolean): void;
}

export function ColumnMapField({ table, field, pending, lang, disabled, onChoose, check, confirmed, onConfirm }: ColumnMapFieldProps) {
  const styles = useStyles();
  const choice = pending ?? field.stored;
  const captions = [...new Set(table.headers.filter((h) => h.trim() !== ""))];
  const selected = choice.kind === "auto" ? AUTO : choice.kind === "none" ? NONE : choice.caption;
  // While automatic, the first option says what was found: "金额(自动)".
  const shown = field.caption !== undefined ? t(lang, "columnMap.pane.auto", { column: field.caption }) : t(lang, "columnMap.pane.autoNothing");
  const labelId = `cm-${table.table}-${field.field}`;
  return (
    <div className={styles.root}>
      <div className={styles.label}>
        <Text id={labelId} weight="semibold" size={200}>
          {field.label}
          {field.required ? " *" : ""}
        </Text>
        {field.warning && (
          <Badge size="small" appearance="tint" color={field.warning === "ambiguous" ? "warning" : "danger"}>
            {t(lang, `columnMap.pane.warning.${field.warning}`)}
          </Badge>
        )}
      </div>
      {/* A native select (Fluent's Select): one tap opens the platform's list in every Office webview. */}
      <Field
        size="small"
        validationState={check?.verdict.kind === "refuse" ? "error" : check?.verdict.kind === "ask" ? "warning" : "none"}
        validationMessage={check?.reason || undefined}
      >
        <Select
          className={styles.dropdown}
          size="small"
          aria-labelledby={labelId}
          disabled={disabled}
          value={selected}
          onChange={(_, d) => onChoose(d.value === AUTO ? { kind: "auto" } : d.value === NONE ? { kind: "none" } : { kind: "caption", caption: d.value })}
        >
          <option value={AUTO}>{choice.kind === "auto" ? shown : t(lang, "columnMap.pane.option.auto")}</option>
          {captions.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
          <option value={NONE}>{t(lang, "columnMap.pane.option.none")}</option>
          {choice.kind === "caption" && !captions.includes(choice.caption) && <option value={choice.caption}>{choice.caption}</option>}
        </Select>
      </Field>
      {check?.verdict.kind === "ask" && (
        <Checkbox size="medium" disabled={disabled} checked={confirmed === true} label={t(lang, "binding.pane.confirm")} onChange={(_, d) => onConfirm?.(d.checked === true)} />
      )}
      {/* Nothing read: the drop-down already says "not found"; a second line would only repeat it. */}
      {pending === undefined && field.index !== undefined && <Caption1 className={styles.detail}>{detail(field, lang)}</Caption1>}
      {pending === undefined && field.warning && <Caption1 className={styles.warning}>{warningDetail(field, lang)}</Caption1>}
    </div>
  );
}

/** "例:C001、C002 · 标题含义 · 把握 85%" — what the column holds and how it was matched. */
function detail(field: FieldView, lang: Lang): string {
  const parts = [
    field.samples.length ? t(lang, "columnMap.pane.samples", { values: field.samples.join(t(lang, "taskpane.list.separator")) }) : t(lang, "columnMap.pane.noSamples"),
    field.from ? t(lang, `columnMap.pane.from.${field.from}`) : field.how ? t(lang, `cli.columns.how.${field.how}`) : "",
    field.from ? "" : t(lang, "columnMap.pane.confidence", { percent: Math.round(field.confidence * 100) }),
  ];
  return parts.filter((p) => p !== "").join(" · ");
}

function warningDetail(field: FieldView, lang: Lang): string {
  if (field.warning === "ambiguous") return t(lang, "columnMap.pane.ambiguousDetail", { others: field.alternatives.map((a) => `“${a}”`).join(t(lang, "taskpane.list.separator")) });
  if (field.warning === "choiceMissing") return t(lang, "columnMap.pane.choiceMissingDetail");
  return t(lang, "columnMap.pane.missingDetail");
}
