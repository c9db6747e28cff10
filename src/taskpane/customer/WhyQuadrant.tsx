/**
 * Why the customer is in their quadrant, traced to the rows: the purchases counted (each selects
 * its row), frequency, the bad payment that cut closeness, the distance to each threshold, and
 * what a bad debt costs in extra sales. Every figure comes from `explainCustomer`, whose totals are
 * the score's.
 */
import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import { type Explanation, type TracedPurchase } from "../../core/customer/explain";
import { badDebtSentence, thresholdSentences } from "../../core/customer/whyText";
import { formatDay } from "../../core/dates";
import { type Lang, t } from "../../core/i18n";
import { PAYMENT_STATUSES, caption } from "../../core/schema";
import type { Place } from "../../excel/host";
import { useListStyles } from "../listStyles";
import { formatAmount, formatCloseness } from "../numbers";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  sentences: { margin: 0, paddingInlineStart: "1.2em", display: "flex", flexDirection: "column", gap: "2px" },
  bad: { color: tokens.colorPaletteRedForeground1 },
  amount: { marginInlineStart: "auto", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

export interface WhyQuadrantProps {
  analysis: Analysis;
  explanation: Explanation;
  lang: Lang;
  onSelect(place: Place): void;
}

function statusText(p: TracedPurchase, lang: Lang): string {
  const v = PAYMENT_STATUSES.find((s) => s.key === p.status);
  return v ? caption(v, lang) : "";
}

export function WhyQuadrant({ analysis, explanation: e, lang, onSelect }: WhyQuadrantProps) {
  const styles = useStyles();
  const list = useListStyles();
  const sheet = analysis.book.tables.purchases?.table.sheet;
  const money = (x: number) => formatAmount(x, lang);
  const bad = e.badRows[0];
  const debt = badDebtSentence(e, lang);
  const purchaseButton = (p: TracedPurchase) => (
    <li key={p.row}>
      <button type="button" className={list.item} disabled={!sheet} onClick={() => sheet && onSelect({ sheet, row: p.row })}>
        <span className={list.text}>
          {formatDay(p.day)} · {p.product || "—"}
          {p.status && p.status !== "paid" && <span className={p.bad ? styles.bad : undefined}> · {statusText(p, lang)}</span>}
        </span>
        <span className={styles.amount}>{money(p.amount)}</span>
      </button>
    </li>
  );

  return (
    <section className={styles.root} aria-labelledby="c360-why">
      <Subtitle2 as="h3" id="c360-why">
        {t(lang, "c360.why.heading", { quadrant: e.quadrant })}
      </Subtitle2>
      {e.transactions === 0 ? (
        <Body1>{t(lang, "c360.why.none")}</Body1>
      ) : (
        <ul className={styles.sentences}>
          <li>
            {t(lang, "c360.why.amount", {
              amount: money(e.amount),
              count: e.transactions,
              start: formatDay(e.windowStart),
              asOf: formatDay(e.asOf),
              threshold: money(e.thresholds.amount),
            })}
          </li>
          <li>
            {t(lang, "c360.why.frequency", { count: e.transactions, months: e.windowMonths, frequency: formatCloseness(e.frequency, lang) })}
          </li>
          {bad && (
            <li className={styles.bad}>
              {t(lang, "c360.why.penalty", {
                row: bad.row,
                date: formatDay(bad.day),
                status: statusText(bad, lang),
                penalty: e.penalty,
                closeness: formatCloseness(e.closeness, lang),
              })}
            </li>
          )}
          <li>{t(lang, "c360.why.closeness", { closeness: formatCloseness(e.closeness, lang), threshold: formatCloseness(e.thresholds.closeness, lang) })}</li>
        </ul>
      )}
      <ul className={styles.sentences} aria-label={t(lang, "c360.why.heading", { quadrant: e.quadrant })} data-testid="c360-what-if">
        {thresholdSentences(e, lang).map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
      {e.counted.length > 0 && (
        <>
          <Caption1 className={list.muted}>{t(lang, "c360.why.purchases")}</Caption1>
          <ul className={list.list} data-testid="c360-counted">
            {e.counted.map(purchaseButton)}
          </ul>
        </>
      )}
      {debt && (
        <>
          <Body1 className={styles.bad}>{debt}</Body1>
          <ul className={list.list} aria-label={t(lang, "c360.why.debts")}>
            {e.badDebt.rows.map(purchaseButton)}
          </ul>
        </>
      )}
    </section>
  );
}
