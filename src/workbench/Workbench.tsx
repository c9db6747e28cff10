/**
 * The workbench page: the in-memory workbook on the left (formula bar, grid, charts, sheet tabs)
 * and the add-in's task pane on the right — the very `App` Excel shows, over the real Office.js
 * host, with the in-memory Excel installed as the global `Excel`.
 */
import { useEffect, useMemo, useState } from "react";
import { FluentProvider, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
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
  const wb = useWorkbenchSession({ initialLang, today, customers, demoFileName: (l) => t(l, "taskpane.workbench.demoFile") });
  const { fake } = wb.session;

  const sheets = fake.workbook.sheetNames();
  const selected = fake.workbook.selection();
  const active = selected && sheets.includes(selected.sheet) ? selected.sheet : sheets[0];
  const selection = selected?.sheet === active ? toSelection(selected.address) : undefined;
  // Rebuilt when the workbook changes (version) or another sheet is shown; read per visible cell.
  const model = useMemo(() => fakeSheetModel(fake, active, wb.session.date1904), [fake, active, wb.version, wb.session.date1904]);
  const charts = useMemo(() => fake.workbook.chartsOf(active), [fake, active, wb.version]);
  const cell = selection ? model.cell(selection.r0, selection.c0) : undefined;

  useEffect(() => exposeForTests({ session: wb.session, lang, version: wb.version, width }), [wb.session, lang, wb.version, width]);

  const select = (address: CellAddress) => {
    fake.workbook.user.select(active, a1(address));
    wb.touched();
  };

  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={paneTheme(lang)} className={styles.page} lang={lang}>
        <Toolbar
          lang={lang}
          width={width}
          busy={wb.busy}
          onLang={(l) => {
            setLang(l);
            if (wb.source === "demo") wb.openDemo(l);
          }}
          onWidth={setWidth}
          onOpen={(file) => void wb.openFile(file, lang)}
          onDownload={() => void wb.download()}
          onReset={() => wb.openDemo(lang)}
        />
        {wb.error && (
          <MessageBar intent="error">
            <MessageBarBody>{wb.error}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.main}>
          <section className={styles.book} aria-label={t(lang, "taskpane.workbench.workbook")}>
            <FormulaBar
              address={selection ? a1({ row: selection.r0, column: selection.c0 }) : ""}
              content={cell?.formula ?? cell?.text ?? ""}
              onCommit={(text) => {
                if (!selection) return;
                void typeIntoCell(active, a1({ row: selection.r0, column: selection.c0 }), text).then(wb.touched);
              }}
            />
            <Grid
              model={model}
              selection={selection}
              onSelect={select}
              onPick={(address, value) => {
                fake.workbook.user.setValues(active, a1(address), [[value]]);
                wb.touched();
              }}
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
