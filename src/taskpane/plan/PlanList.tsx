/**
 * The Today tab (SPEC section 4): today's plan within the day's capacity, grouped by quadrant in
 * priority order (II, I, IV, III) with the quadrant's strategy said once per group; each entry
 * one line of why (with its number) and one of how. Below, collapsed: the customers also due but
 * not today, and those already contacted or rescheduled today. A row selects the customer's row
 * in the customer sheet, where the rep keeps the card.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Analysis } from "../../core/analyze";
import { type ContactedToday, type PanePlan, type PlanItem, planAction, planReasonText, usedToday } from "../../core/plan";
import { type Lang, t } from "../../core/i18n";
import { type Quadrant, relationshipName, strategyText } from "../../core/strategy";
import { CHANNELS, caption } from "../../core/schema";
import { formatDay } from "../../core/dates";
import type { Place } from "../../excel/host";
import { QUADRANT_COLORS } from "../../excel/palette";
import { useListStyles } from "../listStyles";

/** Groups in the plan's priority: the key-attack quadrant first (seeds/000). */
const GROUP_ORDER: readonly Quadrant[] = ["II", "I", "IV", "III"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", gap: "2px", marginTop: tokens.spacingVerticalXS },
  groupHead: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap", margin: 0, fontSize: tokens.fontSizeBase300 },
  strategy: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  rank: { flexShrink: 0, minWidth: "1.5em", textAlign: "end", color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums" },
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
  reason: { fontWeight: tokens.fontWeightSemibold },
  action: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  more: { marginTop: tokens.spacingVerticalS },
});

export interface PlanListProps {
  analysis: Analysis;
  plan: PanePlan;
  lang: Lang;
  onSelect(place: Place): void;
  /** What the rep can do with an entry (done, reschedule, greeting), shown under it. */
  renderActions?(item: PlanItem): React.ReactNode;
}

export function PlanList({ analysis, plan, lang, onSelect, renderActions }: PlanListProps) {
  const styles = useStyles();
  const list = useListStyles();
  const sheet = analysis.book.tables.customers?.table.sheet;
  const select = (row: number) => sheet && onSelect({ sheet, row });
  const [open, setOpen] = useState<string[]>([]);
  const groups = GROUP_ORDER.map((q) => ({ q, items: plan.today.filter((p) => p.quadrant === q) })).filter((g) => g.items.length > 0);
  let rank = 0;

  const badge = (q: Quadrant) => (
    <span className={styles.badge} style={{ background: QUADRANT_COLORS[q].fill, color: QUADRANT_COLORS[q].font }}>
      {t(lang, "taskpane.plan.quadrant", { quadrant: q })}
    </span>
  );

  return (
    <section className={styles.root} aria-labelledby="plan-heading">
      <Subtitle2 as="h2" id="plan-heading">
        {t(lang, "taskpane.plan.heading", { count: plan.today.length })}
      </Subtitle2>
      <Caption1 className={list.muted}>{capacityText(analysis, plan, lang)}</Caption1>
      {plan.today.length === 0 ? (
        <Caption1 className={list.muted}>{t(lang, plan.later.length > 0 ? "plan.pane.full" : "taskpane.plan.empty")}</Caption1>
      ) : (
        <Caption1 className={list.muted}>{t(lang, "taskpane.plan.hint")}</Caption1>
      )}
      {groups.map(({ q, items }) => (
        <section key={q} className={styles.group} aria-labelledby={`plan-group-${q}`}>
          <h3 className={styles.groupHead} id={`plan-group-${q}`}>
            {badge(q)}
            <span>{relationshipName(q, lang)}</span>
          </h3>
          <Caption1 className={styles.strategy}>{strategyText(q, lang)}</Caption1>
          <ol className={list.list} aria-labelledby={`plan-group-${q}`}>
            {items.map((item) => {
              rank++;
              return (
                <li key={item.index} value={rank} data-plan-entry={item.id}>
                  <button type="button" className={list.item} disabled={sheet === undefined} onClick={() => select(item.row)}>
                    <span className={styles.rank}>{rank}.</span>
                    <span className={styles.body}>
                      <span className={styles.name} data-name>
                        {item.name || item.id}
                      </span>
                      <span className={styles.reason} data-reason>
                        {planReasonText(item, lang)}
                      </span>
                      <span className={styles.action}>{planAction(item, lang, { strategy: false })}</span>
                    </span>
                  </button>
                  {renderActions?.(item)}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {(plan.later.length > 0 || plan.contacted.length > 0) && (
        <Accordion className={styles.more} multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as string[])}>
          {plan.later.length > 0 && (
            <AccordionItem value="later">
              <AccordionHeader size="small">{t(lang, "plan.pane.later", { count: plan.later.length })}</AccordionHeader>
              <AccordionPanel>
                {open.includes("later") && (
                  <ul className={list.list} aria-label={t(lang, "plan.pane.later", { count: plan.later.length })}>
                    {plan.later.map((item) => (
                      <li key={item.index}>
                        <button type="button" className={list.item} disabled={sheet === undefined} onClick={() => select(item.row)}>
                          <span className={styles.body}>
                            <span className={styles.head}>
                              <span className={styles.name}>{item.name || item.id}</span>
                              {badge(item.quadrant)}
                            </span>
                            <span>{planReasonText(item, lang)}</span>
                          </span>
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </AccordionPanel>
            </AccordionItem>
          )}
          {plan.contacted.length > 0 && (
            <AccordionItem value="contacted">
              <AccordionHeader size="small">{t(lang, "plan.pane.contacted", { count: plan.contacted.length })}</AccordionHeader>
              <AccordionPanel>
                <ul className={list.list} aria-label={t(lang, "plan.pane.contacted", { count: plan.contacted.length })}>
                  {plan.contacted.map((c) => {
                    const customer = analysis.book.customers[c.index];
                    return (
                      <li key={c.index}>
                        <button type="button" className={list.item} disabled={sheet === undefined} onClick={() => select(customer.row)}>
                          <span className={styles.body}>
                            <span className={styles.name}>{customer.name || customer.id}</span>
                            <span className={styles.action}>{contactedText(c, lang)}</span>
                          </span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          )}
        </Accordion>
      )}
    </section>
  );
}

/** "今天：拜访 6 / 6，电话等 8 / 15": what today's plan and the contacts logged today take of the day's slots. */
function capacityText(a: Analysis, plan: PanePlan, lang: Lang): string {
  const s = a.book.settings;
  const used = usedToday(a.book, a.asOf);
  const count = (slot: "visit" | "call") => used[slot] + plan.today.filter((p) => p.slot === slot).length;
  const limit = (n: number | null) => (n === null ? t(lang, "plan.pane.noLimit") : String(n));
  return t(lang, "plan.pane.capacity", { visits: count("visit"), visitLimit: limit(s.dailyVisits), calls: count("call"), callLimit: limit(s.dailyCalls) });
}

/** What was logged today: the channel, or "改约至 2026-03-12". */
function contactedText(c: ContactedToday, lang: Lang): string {
  if (c.next !== undefined) return t(lang, "plan.pane.rescheduledTo", { date: formatDay(c.next) });
  const v = CHANNELS.find((x) => x.key === c.channel);
  return v ? caption(v, lang) : t(lang, "plan.pane.contactedBlank");
}
