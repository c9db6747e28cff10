/**
 * The workbench page: the in-memory workbook on the left (formula bar, grid, charts, sheet tabs)
 * and the add-in's task pane on the right — the very `App` Excel shows, over the real Office.js
 * host, with the in-memory Excel installed as the global `Excel`.
 */
import { useEffect, useMemo, useState } from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { App } from "../taskpane/App";
import { paneTheme } from "../taskpane/theme";
import type { Day } from "../core/dates";
import { type Lang, t } from "../core/i18n";
import { parseAddress } from "../fake-excel/address";
import { Toolbar, type PaneWidth } from "./Toolbar";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { SheetTabs } from "./SheetTabs";
import { ChartPanel } from "./ChartPanel";
import { fakeSheetModel } from "./fakeSheetModel";
import { type CellAddress, type Selection, a1 } from "./sheetModel";
import { LangContext } from "./text";
import { useWorkbenchSession } from "./useWorkbenchSession";
import { typeIntoCell } from "./typeIntoCell";
import { exposeForTests } from "./testHooks";
import { useGridEditing } from "./useGridEditing";
import { LanguageSwitch } from "./LanguageSwitch";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  book: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, backgroundColor: "#FFFFFF" },
  pane: {
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
  },
});

export interface WorkbenchProps {
  initialLang: Lang;
  today: Day;
  /** Customers in the demo (its default when undefined). */
  customers?: number;
}

export function Workbench({ initialLang, today, customers }: WorkbenchProps) {
  const styles = useStyles();
  const [lang, setLang] = useState(initialLang);
  const [width, setWidth] = useState<PaneWidth>(320);
  /** A language asked for while the workbook is one to keep: the dialog is open. */
  const [asked, setAsked] = useState<Lang>();
  const wb = useWorkbenchSession({
    initialLang,
    today,
    customers,
    demoFileName: (l) => t(l, "taskpane.workbench.demoFile"),
  });
  const { fake } = wb.session;

  const sheets = fake.workbook.sheetNames();
  const selected = fake.workbook.selection();
  const active = selected && sheets.includes(selected.sheet) ? selected.sheet : sheets[0];
  const selection = selected?.sheet === active ? toSelection(selected.address) : undefined;
  // Rebuilt when the workbook changes (version) or another sheet is shown; read per visible cell.
  const model = useMemo(
    () => fakeSheetModel(fake, active, wb.session.date1904),
    [fake, active, wb.version, wb.session.date1904],
  );
  const charts = useMemo(() => fake.workbook.chartsOf(active), [fake, active, wb.version]);
  const cell = selection ? model.cell(selection.r0, selection.c0) : undefined;

  useEffect(
    () => exposeForTests({ session: wb.session, lang, version: wb.version, width }),
    [wb.session, lang, wb.version, width],
  );

  const select = (address: CellAddress) => {
    fake.workbook.user.select(active, a1(address));
    wb.touched();
  };
  const grid = useGridEditing({
    fake,
    lang,
    sheet: active,
    model,
    selection: selected?.sheet === active ? selected.address : undefined,
    select,
    touched: wb.touched,
  });
  const write = (change: Promise<void>) => grid.report(active, change);

  // An unchanged demo is simply made again in the other language; anything else is asked about.
  const switchLanguage = (to: Lang) => {
    if (wb.source === "demo" && !wb.changed()) {
      setLang(to);
      wb.openDemo(to);
    } else setAsked(to);
  };

  return (
    <LangContext.Provider value={lang}>
      {/* The page's layout is on a div of its own: a class given to the provider is copied onto the
          mount node of every menu and dialog, which then covered the page in its background. */}
      <FluentProvider theme={paneTheme(lang)} lang={lang}>
        <div className={styles.page}>
          <Toolbar
            lang={lang}
            width={width}
            busy={wb.busy}
            onLang={switchLanguage}
            onWidth={setWidth}
            onOpen={(file) => void wb.openFile(file, lang)}
            onDownload={() => void wb.download()}
            onReset={() => wb.openDemo(lang)}
          />
          <LanguageSwitch
            to={asked}
            file={wb.source === "file" ? wb.session.fileName : undefined}
            onKeep={() => {
              if (asked) setLang(asked);
              setAsked(undefined);
            }}
            onDemo={() => {
              if (asked) {
                setLang(asked);
                wb.openDemo(asked);
              }
              setAsked(undefined);
            }}
            onCancel={() => setAsked(undefined)}
          />
          {wb.error && (
            <MessageBar intent="error">
              <MessageBarBody>{wb.error}</MessageBarBody>
            </MessageBar>
          )}
          {grid.notice && (
            <MessageBar intent="warning">
              <MessageBarBody>{grid.notice}</MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button
                    appearance="transparent"
                    icon={<Dismiss20Regular />}
                    aria-label={t(lang, "taskpane.workbench.dismiss")}
                    onClick={grid.dismiss}
                  />
                }
              />
            </MessageBar>
          )}
          <div className={styles.main}>
            <section className={styles.book} aria-label={t(lang, "taskpane.workbench.workbook")}>
              <FormulaBar
                address={selection ? a1({ row: selection.r0, column: selection.c0 }) : ""}
                content={grid.cellEdit?.draft ?? cell?.edit ?? ""}
                onCommit={(text) => {
                  if (selection) write(typeIntoCell(active, a1({ row: selection.r0, column: selection.c0 }), text));
                }}
              />
              <Grid
                model={model}
                selection={selection}
                onSelect={select}
                onSelectRows={(first, last) => {
                  fake.workbook.user.select(active, `${first + 1}:${last + 1}`);
                  wb.touched();
                }}
                onPick={(address, value) => write(typeIntoCell(active, a1(address), value))}
                editing={grid.editing}
              />
              <ChartPanel charts={charts} version={wb.version} />
              <SheetTabs
                sheets={sheets}
                active={active}
                onSelect={(sheet) => {
                  fake.workbook.user.select(sheet, "A1");
                  wb.touched();
                }}
              />
            </section>
            <aside className={styles.pane} style={{ width }} aria-label={t(lang, "taskpane.workbench.taskPane")}>
              {/* A new workbook or language gets a fresh pane, as reopening the add-in in Excel does. */}
              <App key={`${wb.session.id}-${lang}`} host={wb.session.host} lang={lang} />
            </aside>
          </div>
        </div>
      </FluentProvider>
    </LangContext.Provider>
  );
}

function toSelection(address: string): Selection | undefined {
  try {
    return parseAddress(address).rect;
  } catch {
    return undefined;
  }
}
