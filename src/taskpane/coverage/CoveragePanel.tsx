/**
 * Household protection across the book (SPEC 5b): the gap list — one row per household, in the
 * order of the core's gap list (quadrant II, I, IV, III, then annual premium) — and the policies
 * ending within the renewal horizon. A household opens to its coverage matrix and a button that
 * makes its printable coverage sheet; a renewal selects the policy's row.
 */
import { useMemo, useState } from "react";
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import { type GapItem, bookCoverage, householdJson } from "../../core/coverage";
import { coverText, memberLabel } from "../../core/coverage/text";
import { formatDay } from "../../core/dates";
import { type Lang, t } from "../../core/i18n";
import type { Place } from "../../excel/host";
import { QUADRANT_COLORS } from "../../excel/palette";
import { useListStyles } from "../listStyles";
import { CoverageSection } from "./CoverageSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  body: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0, flexGrow: 1 },
  head: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  badge: {
    flexShrink: 0,
    padding: "0 6px",
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  gaps: { color: "#9C0006", overflowWrap: "anywhere" },
  open: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    marginBottom: tokens.spacingVerticalS,
  },
  days: { fontWeight: tokens.fontWeightSemibold },
});

/** Leads shown before "show all": the top of the list (quadrant II first) fits a 320 px pane. */
const LEADS_SHOWN = 5;

export interface CoveragePanelProps {
  analysis: Analysis;
  lang: Lang;
  onSelect(place: Place): void;
  /** Makes the customer's coverage sheet and returns its name; rejects with a message to show. */
  onSheet(customerId: string): Promise<string>;
}

/** The gap list grouped by household, keeping the list's order. */
function byHousehold(gaps: readonly GapItem[]): GapItem[][] {
  const groups = new Map<number, GapItem[]>();
  for (const g of gaps) {
    const list = groups.get(g.index);
    if (list) list.push(g);
    else groups.set(g.index, [g]);
  }
  return [...groups.values()];
}

export function CoveragePanel({ analysis, lang, onSelect, onSheet }: CoveragePanelProps) {
  const styles = useStyles();
  const list = useListStyles();
  const coverage = useMemo(() => bookCoverage(analysis), [analysis]);
  const households = useMemo(() => byHousehold(coverage.gaps), [coverage]);
  const [open, setOpen] = useState<number | undefined>(households[0]?.[0].index);
  const days = analysis.book.settings.renewalDays;
  const policySheet = analysis.book.tables.policies?.table.sheet;
  const zh = lang === "zh-CN";
  const [allLeads, setAllLeads] = useState(false);

  const customerSheet = analysis.book.tables.customers?.table.sheet;
  const leads = allLeads ? coverage.noPolicy : coverage.noPolicy.slice(0, LEADS_SHOWN);

  return (
    <div className={styles.root}>
      {/* Customers with no policy at all: no gap list can show them, and they are the best leads. */}
      {analysis.book.tables.policies && coverage.noPolicy.length > 0 && (
        <section className={styles.section} aria-labelledby="no-policy-heading">
          <Subtitle2 as="h2" id="no-policy-heading">
            {t(lang, "coverage.noPolicy.title", { count: coverage.noPolicy.length })}
          </Subtitle2>
          <Caption1 className={list.muted}>{t(lang, "coverage.noPolicy.hint")}</Caption1>
          <ol className={list.list} aria-labelledby="no-policy-heading" data-testid="no-policy-list">
            {leads.map((c) => (
              <li key={c.index}>
                <button type="button" className={list.item} disabled={!customerSheet} onClick={() => customerSheet && onSelect({ sheet: customerSheet, row: c.row })}>
                  <span className={styles.head}>
                    <span className={styles.name}>{c.name || c.id}</span>
                    <span className={styles.badge} style={{ background: QUADRANT_COLORS[c.quadrant].fill, color: QUADRANT_COLORS[c.quadrant].font }}>
                      {t(lang, "taskpane.plan.quadrant", { quadrant: c.quadrant })}
                    </span>
                    <span className={list.muted}>{c.id}</span>
                  </span>
                </button>
              </li>
            ))}
          </ol>
          {leads.length < coverage.noPolicy.length && (
            <div>
              <Button size="small" appearance="subtle" onClick={() => setAllLeads(true)}>
                {t(lang, "coverage.noPolicy.more", { count: coverage.noPolicy.length - leads.length })}
              </Button>
            </div>
          )}
        </section>
      )}
      <section className={styles.section} aria-labelledby="gaps-heading">
        <Subtitle2 as="h2" id="gaps-heading">
          {t(lang, "coverage.gaps.title", { count: coverage.gaps.length })}
        </Subtitle2>
        <Caption1 className={list.muted}>{t(lang, "coverage.gaps.rules")}</Caption1>
        {households.length === 0 ? (
          <Caption1 className={list.muted}>{t(lang, "coverage.noGaps")}</Caption1>
        ) : (
          <ol className={list.list} aria-labelledby="gaps-heading" data-testid="gap-list">
            {households.map((gaps) => {
              const first = gaps[0];
              const members = new Map<string, string[]>();
              for (const g of gaps) {
                const label = memberLabel({ name: g.member, relationship: g.relationship }, lang);
                members.set(label, [...(members.get(label) ?? []), coverText(g.cover, lang)]);
              }
              const expanded = open === first.index;
              return (
                <li key={first.index}>
                  <button type="button" className={list.item} aria-expanded={expanded} onClick={() => setOpen(expanded ? undefined : first.index)}>
                    <span className={styles.body}>
                      <span className={styles.head}>
                        <span className={styles.name}>{first.name}</span>
                        <span className={styles.badge} style={{ background: QUADRANT_COLORS[first.quadrant].fill, color: QUADRANT_COLORS[first.quadrant].font }}>
                          {t(lang, "taskpane.plan.quadrant", { quadrant: first.quadrant })}
                        </span>
                      </span>
                      {[...members].map(([member, covers]) => (
                        <span key={member} className={styles.gaps}>
                          {t(lang, "text.labelled", { label: member, value: covers.join(zh ? "、" : ", ") })}
                        </span>
                      ))}
                    </span>
                  </button>
                  {expanded && (
                    <div className={styles.open}>
                      <CoverageSection household={householdJson(coverage.households[first.index], coverage.renewals)} lang={lang} onSheet={onSheet} />
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section className={styles.section} aria-labelledby="renewals-heading">
        <Subtitle2 as="h2" id="renewals-heading">
          {t(lang, "coverage.renewals.title", { days, count: coverage.renewals.length })}
        </Subtitle2>
        {coverage.renewals.length === 0 ? (
          <Caption1 className={list.muted}>{t(lang, "coverage.noRenewals", { days })}</Caption1>
        ) : (
          <ol className={list.list} aria-labelledby="renewals-heading" data-testid="renewal-list">
            {coverage.renewals.map((r) => (
              <li key={`${r.index}-${r.row}`}>
                <button type="button" className={list.item} disabled={!policySheet} onClick={() => policySheet && onSelect({ sheet: policySheet, row: r.row })}>
                  <span className={styles.body}>
                    <span className={styles.head}>
                      <span className={styles.name}>{r.name}</span>
                      <span className={styles.days}>{r.days === 0 ? t(lang, "coverage.today") : t(lang, "coverage.inDays", { days: r.days })}</span>
                    </span>
                    <span>
                      {r.member} · {coverText(r.cover, lang)} · {formatDay(r.endDay)}
                      {r.insurer ? ` · ${r.insurer}` : ""}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
