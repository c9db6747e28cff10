/**
 * Importing a list from another system: pick a .csv or .xlsx, choose the table, check the column
 * map and a preview, see what will be appended, filled, in conflict (the user ticks which imported
 * values win) and not imported (with why), then write it all in one request.
 */
import { Fragment, useMemo, useState } from "react";
import { Body1, Button, Caption1, Checkbox, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import type { Cell, TableKey } from "../../core/table";
import { type Lang, t } from "../../core/i18n";
import { TABLES, caption } from "../../core/schema";
import { columnIndexes, proposeColumnMap } from "../../core/columns";
import { findListHeader } from "../../core/import/header";
import { type MergePlan, type ImportedList, blankedText, importedText, planImport, showNew, skipText } from "../../core/import/merge";
import type { ListFile } from "../../import/readList";
import type { WorkbookHost, WriteResult } from "../../excel/host";
import { hostErrorText } from "../hostError";
import { useListStyles } from "../listStyles";
import { FilePicker } from "./FilePicker";
import { useLatestMessage } from "../latestMessage";

const IMPORTABLE: readonly TableKey[] = ["customers", "followUps", "purchases", "assets", "policies"];
const PREVIEW_ROWS = 5;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  map: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.4fr)", gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, alignItems: "center" },
  caption: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  tableWrap: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, "& th, & td": { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", whiteSpace: "nowrap", maxWidth: "12em", overflow: "hidden", textOverflow: "ellipsis" } },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: 0, paddingInlineStart: "1.2em" },
});

export interface ImportPanelProps {
  analysis: Analysis;
  host: WorkbookHost;
  lang: Lang;
  refresh(): Promise<void>;
}

/** The list reader is loaded on demand: the .xlsx reader is large, and most sessions never import. */
async function readFile(file: File): Promise<ListFile> {
  const { readListFile } = await import("../../import/readList");
  return readListFile(new Uint8Array(await file.arrayBuffer()), file.name);
}

export function ImportPanel({ analysis, host, lang, refresh }: ImportPanelProps) {
  const styles = useStyles();
  const listStyles = useListStyles();
  const [file, setFile] = useState<{ name: string; list: ListFile }>();
  const [table, setTable] = useState<TableKey>("customers");
  const [map, setMap] = useState<Map<string, number>>();
  const [take, setTake] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<WriteResult>();
  const [busy, setBusy] = useState(false);
  // The name shown beside the picker: the file being read or previewed (an unreadable one too).
  const [picked, setPicked] = useState<string>();
  const doneIsLatest = useLatestMessage(done);

  const list: ImportedList | undefined = useMemo(() => (file ? findListHeader(file.list.rows, table) : undefined), [file, table]);
  // The column map proposed by meaning (captions, then the values), as the set-up screen does.
  const proposal = useMemo(() => (list ? proposeColumnMap(table, list.headers, list.rows) : undefined), [list, table]);
  const columns = useMemo(() => map ?? (proposal ? columnIndexes(proposal) : new Map<string, number>()), [map, proposal]);
  // A unit named by the caption (金额(万元)) applies while the column keeps its proposed field.
  const multipliers: Record<string, number> = useMemo(
    () =>
      proposal
        ? Object.fromEntries(
            Object.values(proposal.fields).filter((f) => f.index !== undefined && columns.get(f.field) === f.index).map((f) => [f.field, f.multiplier]),
          )
        : {},
    [proposal, columns],
  );
  const plan: MergePlan | undefined = useMemo(
    () => (list ? planImport(analysis.book, table, list, columns, analysis.lang, multipliers) : undefined),
    [analysis, table, list, columns, multipliers],
  );

  const pick = async (f: File | undefined) => {
    setError(undefined);
    setDone(undefined);
    setMap(undefined);
    setTake(new Set());
    setPicked(f?.name);
    if (!f) return;
    try {
      setFile({ name: f.name, list: await readFile(f) });
    } catch (e) {
      setFile(undefined);
      setError(t(lang, "import.failed", { detail: e instanceof Error ? e.message : String(e) }));
    }
  };

  const run = async () => {
    if (!plan) return;
    setBusy(true);
    setError(undefined);
    try {
      const chosen = plan.conflicts.filter((_, i) => take.has(i)).map((c) => ({ row: c.row, id: c.id, field: c.field, value: c.value, expect: c.current }));
      const result = await host.writeRows({ table, append: plan.append, fill: [...plan.fill, ...chosen] });
      setDone(result);
      setFile(undefined);
      setPicked(undefined);
      await refresh();
    } catch (e) {
      const text = hostErrorText(e, "write", lang);
      setError([text.message, text.detail].filter(Boolean).join(" "));
    } finally {
      setBusy(false);
    }
  };

  const fieldName = (key: string) => caption(TABLES[table].columns.find((c) => c.key === key)!, lang);
  const mapped = TABLES[table].columns.filter((c) => columns.has(c.key));

  return (
    <section className={styles.root} aria-labelledby="import-heading">
      <Subtitle2 as="h2" id="import-heading">
        {t(lang, "import.heading")}
      </Subtitle2>
      <Caption1 className={listStyles.muted}>{t(lang, "import.hint")}</Caption1>
      <Field label={t(lang, "import.table")}>
        <Select
          value={table}
          onChange={(_, d) => {
            setTable(d.value as TableKey);
            setMap(undefined);
            setTake(new Set());
          }}
        >
          {IMPORTABLE.map((k) => (
            <option key={k} value={k}>
              {caption(TABLES[k], lang)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t(lang, "import.file")}>
        <FilePicker accept=".csv,.txt,.xlsx" lang={lang} fileName={picked} testId="import-file" onPick={(f) => void pick(f)} />
      </Field>
      {error && <Body1 className={styles.error} role="alert">{error}</Body1>}
      {done && doneIsLatest && (
        <Body1 role="status">
          {t(lang, "import.done", { added: done.appended, sheet: done.sheet, filled: done.filled })}
          {done.notFilled.length > 0 && ` ${t(lang, "import.notFilled", { count: done.notFilled.length })}`}
        </Body1>
      )}
      {file && !list && <Body1 className={styles.error}>{t(lang, "import.noHeader", { column: fieldName("id") })}</Body1>}
      {file && list && plan && (
        <>
          <Caption1>
            {t(lang, "import.read", { file: file.name, rows: list.rows.length, format: file.list.encoding ?? file.list.sheet ?? file.list.format })}
            {list.titleRows ? ` ${t(lang, "import.titleRows", { count: list.titleRows })}` : ""}
          </Caption1>
          <Subtitle2 as="h3">{t(lang, "import.map")}</Subtitle2>
          <div className={styles.map}>
            {list.headers.map((h, i) => {
              const field = [...columns].find(([, at]) => at === i)?.[0] ?? "";
              const proposed = field ? proposal?.fields[field] : undefined;
              const how = proposed && proposed.index === i && proposed.how !== "caption" ? proposed : undefined;
              return (
                <Fragment key={i}>
                  <label htmlFor={`import-col-${i}`} className={styles.caption}>
                    {h || `#${i + 1}`}
                    {how && (
                      <span className={listStyles.muted}>
                        {t(lang, "text.aside", { note: t(lang, "import.map.guess", { pct: Math.round(how.confidence * 100) }) })}
                      </span>
                    )}
                    {proposed && proposed.index === i && proposed.alternatives.length > 0 && (
                      <span className={styles.error}>
                        {" "}
                        {t(lang, "import.map.alternatives", { captions: proposed.alternatives.map((a) => list.headers[a]).join(t(lang, "taskpane.list.separator")) })}
                      </span>
                    )}
                  </label>
                  <Select
                    id={`import-col-${i}`}
                    size="small"
                    value={field}
                    onChange={(_, d) => {
                      const next = new Map([...columns].filter(([f, at]) => at !== i && f !== d.value));
                      if (d.value !== "") next.set(d.value, i);
                      setMap(next);
                    }}
                  >
                    <option value="">{t(lang, "import.map.none")}</option>
                    {TABLES[table].columns.map((c) => (
                      <option key={c.key} value={c.key}>
                        {caption(c, lang)}
                        {c.required ? " *" : ""}
                      </option>
                    ))}
                  </Select>
                </Fragment>
              );
            })}
          </div>
          <Subtitle2 as="h3">{t(lang, "import.preview", { count: Math.min(PREVIEW_ROWS, list.rows.length) })}</Subtitle2>
          <div className={styles.tableWrap}>
            <table className={styles.table} data-testid="import-preview">
              <thead>
                <tr>
                  {mapped.map((c) => (
                    <th key={c.key}>
                      {(multipliers[c.key] ?? 1) !== 1
                        ? t(lang, "import.preview.scaled", { field: caption(c, lang), factor: new Intl.NumberFormat(lang).format(multipliers[c.key]) })
                        : caption(c, lang)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {list.rows.slice(0, PREVIEW_ROWS).map((r: Cell[], i) => (
                  <tr key={i}>
                    {mapped.map((c) => {
                      // What will be written (500,000 for 50 in a 万元 column), not what the list says.
                      const v = importedText(c, r[columns.get(c.key)!] ?? null, analysis.book.date1904, analysis.lang, multipliers[c.key]);
                      return (
                        <td key={c.key} className={v.ok ? undefined : styles.error} data-ok={v.ok}>
                          {v.text}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Caption1 className={listStyles.muted}>{t(lang, "import.preview.note")}</Caption1>
          <Body1 data-testid="import-summary">
            {t(lang, "import.summary", { added: plan.append.length, filled: plan.fill.length, conflicts: plan.conflicts.length, skipped: plan.skipped.length })}
          </Body1>
          {plan.conflicts.length > 0 && (
            <div>
              <Subtitle2 as="h3">{t(lang, "import.conflicts")}</Subtitle2>
              {plan.conflicts.map((c, i) => (
                <div key={i}>
                  <Checkbox
                    checked={take.has(i)}
                    onChange={(_, d) => {
                      const next = new Set(take);
                      if (d.checked) next.add(i);
                      else next.delete(i);
                      setTake(next);
                    }}
                    label={t(lang, "import.conflict", { id: c.id, column: fieldName(c.field), current: c.current, incoming: c.incoming, row: c.listRow })}
                  />
                </div>
              ))}
            </div>
          )}
          {plan.fill.length > 0 && (
            <div>
              <Subtitle2 as="h3">{t(lang, "import.fills", { count: plan.fill.length })}</Subtitle2>
              <ul className={styles.list} data-testid="import-fills">
                {plan.fill.map((f, i) => (
                  <li key={i}>{t(lang, "import.fill", { id: f.id, row: f.row, column: fieldName(f.field), value: showNew(f.value) })}</li>
                ))}
              </ul>
            </div>
          )}
          {plan.blanked.length > 0 && (
            <div>
              <Subtitle2 as="h3">{t(lang, "import.blankedHeading", { count: plan.blanked.length })}</Subtitle2>
              <ul className={`${styles.list} ${styles.warning}`} data-testid="import-blanked">
                {plan.blanked.map((b, i) => (
                  <li key={i}>{blankedText(b, table, lang)}</li>
                ))}
              </ul>
            </div>
          )}
          {plan.skipped.length > 0 && (
            <div>
              <Subtitle2 as="h3">{t(lang, "import.skipped")}</Subtitle2>
              <ul className={styles.list} data-testid="import-skipped">
                {plan.skipped.map((s, i) => (
                  <li key={i}>{t(lang, "import.skippedRow", { row: s.row, reason: skipText(s.reason, table, lang) })}</li>
                ))}
              </ul>
            </div>
          )}
          <div>
            <Button appearance="primary" disabled={busy || (plan.append.length === 0 && plan.fill.length === 0 && take.size === 0)} onClick={() => void run()}>
              {t(lang, "import.run")}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
