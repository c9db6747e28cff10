/**
 * The task pane. It takes the host and the language as props, so Excel and the workbench render
 * this very component over their own WorkbookHost.
 */
import { useMemo, useState } from "react";
import {
  Body1,
  Caption1,
  CounterBadge,
  FluentProvider,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { planForPane } from "../core/plan";
import { type Lang, t } from "../core/i18n";
import type { WorkbookHost } from "../excel/host";
import { useWorkbook } from "./useWorkbook";
import { SetupPanel } from "./setup/SetupPanel";
import { QuadrantSummary } from "./summary/QuadrantSummary";
import { MovementList } from "./summary/MovementList";
import { useQuadrantFilter } from "./summary/useQuadrantFilter";
import { PlanList } from "./plan/PlanList";
import { ProblemList } from "./summary/ProblemList";
import { GettingStarted } from "./setup/GettingStarted";
import { paneTheme } from "./theme";
import { useCustomer360 } from "./customer/useCustomer360";
import { CustomerTab } from "./customer/CustomerTab";
import { PlanActions } from "./plan/PlanActions";
import { WriteOutcome } from "./WriteOutcome";
import { ImportPanel } from "./import/ImportPanel";
import { FixAction } from "./FixAction";
import { CoveragePanel } from "./coverage/CoveragePanel";
import { ReviewTab } from "./review/ReviewTab";
import { type PaneTab, PaneTabs } from "./PaneTabs";
import { LatestMessageProvider } from "./latestMessage";
import { KeyAccountsView } from "./accounts/KeyAccountsView";

type TabId = "summary" | "plan" | "problems" | "customer" | "review" | "import" | "coverage" | "accounts";

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    minHeight: "100%",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { display: "flex", flexDirection: "column", gap: "2px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  host: WorkbookHost;
  lang: Lang;
}

export function App({ host, lang }: AppProps) {
  const styles = useStyles();
  const workbook = useWorkbook(host, lang);
  const [tab, setTab] = useState<TabId>("summary");
  const analysis = workbook.state.refresh?.analysis;
  const quadrantFilter = useQuadrantFilter(host, lang);
  const plan = useMemo(() => (analysis ? planForPane(analysis) : undefined), [analysis]);
  const c360 = useCustomer360(host, analysis, lang, workbook.refreshQuietly);
  const openCustomer = (index: number) => {
    c360.show(index);
    setTab("customer");
  };
  // The coverage sheet reads the book afresh at the pane's as-of date.
  const coverageSheet = (id: string) => host.coverageSheet(lang, id, { asOf: analysis?.asOf }).then((r) => r.sheet);
  const problems = analysis?.problems ?? workbook.state.setup?.problems ?? [];
  const errors = problems.filter((p) => p.severity === "error").length;
  // One row of tabs; those that do not fit go behind "More" (PaneTabs). A new view is one more entry.
  const tabs: PaneTab[] = [
    { id: "summary", label: t(lang, "taskpane.tab.summary") },
    { id: "plan", label: t(lang, "taskpane.tab.plan"), badge: plan && <CounterBadge count={plan.today.length} size="small" color="brand" showZero /> },
    {
      id: "problems",
      label: t(lang, "taskpane.tab.problems"),
      badge: problems.length > 0 && <CounterBadge count={problems.length} size="small" color={errors > 0 ? "danger" : "informative"} overflowCount={999} />,
    },
    { id: "customer", label: t(lang, "taskpane.tab.customer") },
    { id: "review", label: t(lang, "taskpane.tab.review") },
    { id: "import", label: t(lang, "taskpane.tab.import") },
    { id: "coverage", label: t(lang, "taskpane.tab.coverage") },
    { id: "accounts", label: t(lang, "taskpane.tab.accounts") },
  ];

  return (
    <FluentProvider theme={paneTheme(lang)} className={styles.root} lang={lang}>
      <LatestMessageProvider>
      <header className={styles.header}>
        <Subtitle1 as="h1">{t(lang, "taskpane.title")}</Subtitle1>
        <Caption1 className={styles.muted}>{t(lang, "taskpane.subtitle")}</Caption1>
      </header>
      <SetupPanel workbook={workbook} lang={lang} host={host} />
      <PaneTabs tabs={tabs} selected={tab} onSelect={(id) => setTab(id as TabId)} lang={lang} />
      <div role="tabpanel" aria-label={t(lang, `taskpane.tab.${tab}`)}>
        {tab === "summary" &&
          (analysis ? (
            <QuadrantSummary
              analysis={analysis}
              lang={lang}
              filtered={quadrantFilter.filtered}
              onFilter={host.filterQuadrant && quadrantFilter.apply}
            />
          ) : (
            <GettingStarted lang={lang} />
          ))}
        {tab === "summary" && quadrantFilter.error && <Caption1 role="alert">{quadrantFilter.error}</Caption1>}
        {tab === "summary" && analysis && workbook.state.refresh?.dashboard && (
          <MovementList dashboard={workbook.state.refresh.dashboard} analysis={analysis} lang={lang} onSelect={workbook.select} />
        )}
        {tab === "plan" &&
          (analysis && plan ? (
            <>
              <WriteOutcome writer={c360.writer} lang={lang} onSelect={workbook.select} />
              <PlanList
                analysis={analysis}
                plan={plan}
                lang={lang}
                onSelect={workbook.select}
                renderActions={(item) => <PlanActions analysis={analysis} item={item} lang={lang} writer={c360.writer} onOpenCustomer={openCustomer} />}
              />
            </>
          ) : (
            <Body1 className={styles.muted}>{t(lang, "taskpane.empty.summary")}</Body1>
          ))}
        {tab === "problems" &&
          (analysis || workbook.state.setup ? (
            <ProblemList
              problems={problems}
              lang={lang}
              onSelect={workbook.select}
              renderGroupAction={(g) => analysis && <FixAction analysis={analysis} group={g} host={host} lang={lang} refresh={workbook.refreshQuietly} />}
            />
          ) : (
            <Body1 className={styles.muted}>{t(lang, "taskpane.problems.notYet")}</Body1>
          ))}
        {tab === "customer" &&
          (analysis ? (
            <CustomerTab analysis={analysis} lang={lang} c360={c360} onSelect={workbook.select} onCoverageSheet={coverageSheet} />
          ) : (
            <Body1 className={styles.muted}>{t(lang, "c360.notYet")}</Body1>
          ))}
        {tab === "review" &&
          (analysis ? (
            <ReviewTab analysis={analysis} host={host} lang={lang} writer={c360.writer} onSelect={workbook.select} />
          ) : (
            <Body1 className={styles.muted}>{t(lang, "c360.notYet")}</Body1>
          ))}
        {tab === "import" &&
          (analysis ? (
            <ImportPanel analysis={analysis} host={host} lang={lang} refresh={workbook.refreshQuietly} />
          ) : (
            <Body1 className={styles.muted}>{t(lang, "c360.notYet")}</Body1>
          ))}
        {tab === "coverage" &&
          (analysis ? (
            <CoveragePanel analysis={analysis} lang={lang} onSelect={workbook.select} onSheet={coverageSheet} />
          ) : (
            <Body1 className={styles.muted}>{t(lang, "taskpane.empty.summary")}</Body1>
          ))}
        {tab === "accounts" &&
          (analysis ? (
            <>
              <WriteOutcome writer={c360.writer} lang={lang} onSelect={workbook.select} />
              <KeyAccountsView
                analysis={analysis}
                lang={lang}
                writer={c360.writer}
                onOpenCustomer={openCustomer}
                onSheet={host.accountsSheet && (() => host.accountsSheet!(lang, { asOf: analysis.asOf }).then((r) => r.sheet))}
              />
            </>
          ) : (
            <Body1 className={styles.muted}>{t(lang, "taskpane.empty.summary")}</Body1>
          ))}
      </div>
      </LatestMessageProvider>
    </FluentProvider>
  );
}
