/**
 * The set-up screen's column map (SPEC 2a): per dataset, the sheet used — with a question when
 * two sheets fit it alike — and per field the column (ColumnMapField). Save writes the choices
 * into the workbook's column map (crmColumnMap beside the settings) and refreshes at once.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { TableView } from "../../excel/host";
import { SHEET_FIELD } from "../../core/columns/stored";
import { type Lang, t } from "../../core/i18n";
import { type ColumnMapModel, changeKey } from "./useColumnMap";
import { ColumnMapField } from "./ColumnMapField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", minWidth: 0 },
  tableName: { overflowWrap: "anywhere" },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

export interface ColumnMapPanelProps {
  model: ColumnMapModel;
  lang: Lang;
}

/** How many places in a table ask for the user's eye (the sheet question and the warned fields). */
export function tableAttention(v: TableView): number {
  return (v.sheetQuestion ? 1 : 0) + v.fields.filter((f) => f.warning).length;
}

export function ColumnMapPanel({ model, lang }: ColumnMapPanelProps) {
  const styles = useStyles();
  const { view, loading, saving, error, changes, saved } = model;
  const busy = loading || saving;
  // Tables with a question open by themselves.
  const opened = (view ?? []).filter((v) => tableAttention(v) > 0).map((v) => v.table);
  return (
    <div className={styles.root}>
      <Caption1 className={styles.muted}>{t(lang, "columnMap.pane.intro")}</Caption1>
      {loading && !view && <Spinner size="tiny" label={t(lang, "columnMap.pane.loading")} />}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {error.message}
            {error.detail ? ` ${error.detail}` : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      {view && (
        <Accordion multiple collapsible defaultOpenItems={opened} key={opened.join()}>
          {view.map((table) => (
            <AccordionItem key={table.table} value={table.table}>
              <AccordionHeader size="small">
                <span className={styles.header}>
                  <span className={styles.tableName}>{t(lang, "columnMap.pane.table", { table: table.label, sheet: table.sheet })}</span>
                  {tableAttention(table) > 0 && (
                    <Badge size="small" appearance="tint" color="warning">
                      {t(lang, "columnMap.pane.attention", { count: tableAttention(table) })}
                    </Badge>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <div className={styles.fields}>
                  <SheetChoice table={table} model={model} lang={lang} disabled={busy} />
                  {table.fields.map((f) => (
                    <ColumnMapField
                      key={f.field}
                      table={table}
                      field={f}
                      pending={changes.get(changeKey(table.table, f.field))?.choice}
                      lang={lang}
                      disabled={busy}
                      onChoose={(c) => model.choose(table.table, f.field, c)}
                      check={model.check(table.table, f.field)}
                      confirmed={model.confirmed.has(changeKey(table.table, f.field))}
                      onConfirm={(yes) => model.confirm(table.table, f.field, yes)}
                    />
                  ))}
                </div>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
      {view && (
        <div className={styles.actions}>
          <Button appearance="primary" size="small" disabled={busy || changes.size === 0 || model.blocked} onClick={() => void model.save()}>
            {t(lang, "columnMap.pane.save")}
          </Button>
          <Button size="small" disabled={busy || changes.size === 0} onClick={model.discard}>
            {t(lang, "columnMap.pane.discard")}
          </Button>
          {saving && <Spinner size="extra-tiny" />}
          {changes.size > 0 && !saving && <Caption1 className={styles.muted}>{t(lang, "columnMap.pane.unsaved", { count: changes.size })}</Caption1>}
          {saved !== undefined && !saving && changes.size === 0 && <Caption1 role="status">{t(lang, "columnMap.pane.saved", { count: saved })}</Caption1>}
        </div>
      )}
    </div>
  );
}

/** The sheet a dataset is read from: a question when two fit alike, a choice once answered. */
function SheetChoice({ table, model, lang, disabled }: { table: TableView; model: ColumnMapModel; lang: Lang; disabled: boolean }) {
  const options = table.sheetOptions;
  if (!options) return null;
  const pending = model.changes.get(changeKey(table.table, SHEET_FIELD))?.choice;
  // An open question has no answer selected yet, so either sheet (the one in use too) can be chosen.
  const value = pending?.kind === "caption" ? pending.caption : table.sheetQuestion ? "" : table.sheet;
  return (
    <>
      {table.sheetQuestion && !pending && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(lang, "columnMap.pane.sheetQuestion", { table: table.label, sheets: options.map((s) => `“${s}”`).join(t(lang, "taskpane.list.separator")) })}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t(lang, "columnMap.field.sheet")} size="small">
        <Select
          size="small"
          disabled={disabled}
          value={value}
          onChange={(_, d) => model.choose(table.table, SHEET_FIELD, { kind: "caption", caption: d.value })}
        >
          {value === "" && <option value="">{t(lang, "columnMap.pane.chooseSheet")}</option>}
          {options.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
