/**
 * The two actions that change the workbook — set up and refresh — with their progress and the
 * outcome of the last one (or the error, in words the user can act on), and a hint to refresh
 * again once the user has changed the data.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular, DismissRegular, TableSettings20Regular } from "@fluentui/react-icons";
import { TABLES } from "../../core/schema";
import type { TableKey } from "../../core/table";
import { type Lang, t } from "../../core/i18n";
import type { RefreshResult, SetupResult, WorkbookHost } from "../../excel/host";
import { type BesideUser, besideUserNotes } from "../../core/besideUser";
import type { Workbook } from "../useWorkbook";
import { WorkProgress } from "./WorkProgress";
import { useEffect, useState } from "react";
import { useColumnMap } from "./useColumnMap";
import { ColumnMapPanel } from "./ColumnMapPanel";
import { useLatestMessage } from "../latestMessage";
import { LedgerOffer, ledgerOf, ledgerSheetLines } from "./LedgerOffer";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  action: { flexGrow: 1, minWidth: "128px" },
  lines: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  detail: { color: tokens.colorNeutralForeground3, wordBreak: "break-word" },
});

export interface SetupPanelProps {
  workbook: Workbook;
  lang: Lang;
  /** For the column map (shown and saved through the host). */
  host: WorkbookHost;
}

export function SetupPanel({ workbook, lang, host }: SetupPanelProps) {
  const styles = useStyles();
  // The column map opens on request, or by itself when setup has a question for the user.
  const [mapOpen, setMapOpen] = useState(false);
  const asked = (workbook.state.setup?.ask.length ?? 0) > 0;
  // Once asked, it stays open (the answer, its save and the refresh are shown there).
  useEffect(() => {
    if (asked) setMapOpen(true);
  }, [asked]);
  const showMap = mapOpen || asked;
  const columnMap = useColumnMap(host, lang, workbook, showMap);
  const { state, setup, refresh, dismissError } = workbook;
  const busy = state.busy !== undefined;
  const latest = useLatestMessage(
    state.last === "refresh" ? state.refresh : state.last === "setup" ? state.setup : state.last === "ledgerSheet" ? state.ledgerSheet : undefined,
  );
  const outcome: Outcome | undefined =
    state.last === "refresh" && state.refresh
      ? refreshLines(state.refresh, lang)
      : state.last === "setup" && state.setup
        ? setupLines(state.setup, lang)
        : state.last === "ledgerSheet" && state.ledgerSheet
          ? ledgerSheetLines(state.ledgerSheet, state.refresh?.written ?? 0, lang)
          : undefined;
  const ledger = ledgerOf(workbook);

  return (
    <section className={styles.root} aria-label={t(lang, "taskpane.title")}>
      <div className={styles.actions}>
        <Button className={styles.action} appearance="secondary" icon={<TableSettings20Regular />} disabled={busy} onClick={() => void setup()}>
          {t(lang, "taskpane.action.setup")}
        </Button>
        <Button className={styles.action} appearance="primary" icon={<ArrowSync20Regular />} disabled={busy} onClick={() => void refresh()}>
          {t(lang, "taskpane.action.refresh")}
        </Button>
      </div>
      <WorkProgress workbook={workbook} lang={lang} />
      {state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, "taskpane.error.title")}</MessageBarTitle>
            <div className={styles.lines}>
              <span>{state.error.message}</span>
              {state.error.detail && <span className={styles.detail}>{state.error.detail}</span>}
            </div>
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={t(lang, "taskpane.action.dismiss")} icon={<DismissRegular />} onClick={dismissError} />}
          />
        </MessageBar>
      )}
      {!busy && state.stale && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t(lang, "taskpane.stale.message")}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void refresh()}>
              {t(lang, "taskpane.stale.refresh")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Accordion collapsible openItems={showMap ? ["map"] : []} onToggle={(_, d) => setMapOpen(d.openItems.includes("map"))}>
        <AccordionItem value="map">
          <AccordionHeader size="small">{t(lang, "columnMap.pane.title")}</AccordionHeader>
          <AccordionPanel>{showMap && <ColumnMapPanel model={columnMap} lang={lang} />}</AccordionPanel>
        </AccordionItem>
      </Accordion>
      {!busy && ledger !== undefined && <LedgerOffer workbook={workbook} lang={lang} sheet={ledger} />}
      {!busy && !state.error && !state.stale && latest && outcome && (
        <MessageBar intent={outcome.warn ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            <div className={styles.lines}>
              {outcome.lines.map((line) => (
                <span key={line}>{line}</span>
              ))}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

interface Outcome {
  title: string;
  lines: string[];
  /** A line the user must act on (a column of theirs that is not read): shown as a warning. */
  warn?: boolean;
}

function setupLines(result: SetupResult, lang: Lang): Outcome {
  const sheets = (keys: TableKey[]) => keys.map((k) => (lang === "zh-CN" ? TABLES[k].zh : TABLES[k].en)).join(t(lang, "taskpane.list.separator"));
  const lines: string[] = [];
  if (result.created.length) lines.push(t(lang, "taskpane.setup.created", { sheets: sheets(result.created) }));
  if (result.adopted.length) lines.push(t(lang, "taskpane.setup.adopted", { sheets: sheets(result.adopted) }));
  if (result.existing.length) lines.push(t(lang, "taskpane.setup.existing", { sheets: sheets(result.existing) }));
  for (const q of result.ask)
    lines.push(t(lang, "columnMap.pane.setupAsks", { table: lang === "zh-CN" ? TABLES[q.table].zh : TABLES[q.table].en, sheets: q.sheets.map((s) => `“${s}”`).join(t(lang, "taskpane.list.separator")) }));
  if (result.problems.length) lines.push(t(lang, "taskpane.setup.problems", { count: result.problems.length }));
  return withBesideUser({ title: t(lang, "taskpane.setup.done"), lines }, result.besideUser, lang);
}

function refreshLines(result: RefreshResult, lang: Lang): Outcome {
  const lines = [t(lang, "taskpane.refresh.written", { count: result.written })];
  if (result.reread) lines.push(t(lang, "taskpane.refresh.reread"));
  return withBesideUser({ title: t(lang, "taskpane.refresh.done"), lines }, result.besideUser, lang);
}

/** A computed column put beside the user's own column of that caption: said, or its dates silently count for nothing. */
function withBesideUser(outcome: Outcome, beside: readonly BesideUser[] = [], lang: Lang): Outcome {
  return beside.length === 0 ? outcome : { ...outcome, lines: [...outcome.lines, ...besideUserNotes(beside, lang)], warn: true };
}
