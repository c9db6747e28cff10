/**
 * Today's plan (SPEC section 4) in rank order: who, why, and what to do (the action names the channel). A row selects the
 * customer's row in the customer sheet, where the rep keeps the card.
 */
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../core/analyze";
import { type PlanItem, planAction, planReasonText } from "../core/plan";
import { type Lang, t } from "../core/i18n";
import type { Place } from "../excel/host";
import { QUADRANT_COLORS } from "../excel/palette";
import { useListStyles } from "./listStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
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
});

export interface PlanListProps {
  analysis: Analysis;
  /** What is still to do today (SPEC 4's list less the customers dealt with today). */
  plan: PlanItem[];
  /** How many of today's list already have a follow-up dated today. */
  doneToday: number;
  lang: Lang;
  onSelect(place: Place): void;
  /** What the rep can do with an entry (done, postpone, greeting), shown under it. */
  renderActions?(item: PlanItem): React.ReactNode;
}

export function PlanList({ analysis, plan, doneToday, lang, onSelect, renderActions }: PlanListProps) {
  const styles = useStyles();
  const list = useListStyles();
  const sheet = analysis.book.tables.customers?.table.sheet;
  return (
    <section className={styles.root} aria-labelledby="plan-heading">
      <Subtitle2 as="h2" id="plan-heading">
        {t(lang, "taskpane.plan.heading", { count: plan.length })}
      </Subtitle2>
      {doneToday > 0 && <Caption1 className={list.muted}>{t(lang, "taskpane.plan.doneToday", { count: doneToday })}</Caption1>}
      {plan.length === 0 ? (
        <Caption1 className={list.muted}>{t(lang, "taskpane.plan.empty")}</Caption1>
      ) : (
        <>
          <Caption1 className={list.muted}>{t(lang, "taskpane.plan.hint")}</Caption1>
          <ol className={list.list} aria-labelledby="plan-heading">
            {plan.map((item, i) => (
              <li key={item.index}>
                <button type="button" className={list.item} disabled={sheet === undefined} onClick={() => sheet && onSelect({ sheet, row: item.row })}>
                  <span className={styles.rank}>{i + 1}.</span>
                  <span className={styles.body}>
                    <span className={styles.head}>
                      <span className={styles.name}>{item.name}</span>
                      <span
                        className={styles.badge}
                        style={{ background: QUADRANT_COLORS[item.quadrant].fill, color: QUADRANT_COLORS[item.quadrant].font }}
                      >
                        {t(lang, "taskpane.plan.quadrant", { quadrant: item.quadrant })}
                      </span>
                    </span>
                    <span className={styles.reason}>{planReasonText(item, lang)}</span>
                    <span className={styles.action}>{planAction(item, lang)}</span>
                  </span>
                </button>
                {renderActions?.(item)}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
