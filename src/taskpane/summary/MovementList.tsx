/**
 * The movements of the last refresh, worst first (SPEC section 5): the same list the dashboard
 * sheet shows, under the quadrant summary, each with the strategy of the quadrant the customer is
 * in now. Customers moved only by a threshold are listed apart, under the thresholds' change, not
 * as warnings about them. A row selects the customer's row in the customer sheet.
 */
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import type { Dashboard } from "../../core/dashboard";
import { type Lang, t } from "../../core/i18n";
import { quadrantName } from "../../core/strategy";
import type { Movement } from "../../core/movements";
import { causeText } from "../../core/history";
import { thresholdChangeText } from "../../core/movementText";
import type { Place } from "../../excel/host";
import { QUADRANT_COLORS } from "../../excel/palette";
import { useListStyles } from "../listStyles";

/** Rows shown in the pane; the dashboard sheet lists more. */
const SHOWN = 20;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  head: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  kind: { fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteRedForeground1 },
  good: { color: tokens.colorPaletteGreenForeground1 },
  badge: { padding: "0 6px", borderRadius: tokens.borderRadiusSmall, fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  body: { flexDirection: "column", gap: "2px" },
  apart: { display: "flex", flexDirection: "column", gap: "2px", marginTop: tokens.spacingVerticalS },
});

export function MovementList({
  dashboard,
  analysis,
  lang,
  onSelect,
}: {
  dashboard: Dashboard;
  analysis: Analysis;
  lang: Lang;
  onSelect(place: Place): void;
}) {
  const styles = useStyles();
  const list = useListStyles();
  const byKey = new Map(analysis.scores.map((s) => [s.key, s]));
  const sheet = analysis.book.tables.customers?.table.sheet;
  const own = dashboard.movements.filter((m) => !m.cause);
  const byThreshold = dashboard.movements.filter((m) => m.cause === "threshold");
  const hidden = Math.max(0, own.length - SHOWN) + Math.max(0, byThreshold.length - SHOWN);
  const badge = (q: string | undefined) =>
    q ? (
      <span className={styles.badge} style={{ background: QUADRANT_COLORS[q as "I"].fill, color: QUADRANT_COLORS[q as "I"].font }}>
        {q}
      </span>
    ) : (
      <span className={styles.muted}>{t(lang, "move.none")}</span>
    );
  const item = (m: Movement) => {
    const s = byKey.get(m.key);
    const kindClass = m.cause ? styles.muted : m.kind === "warning" ? styles.warning : m.kind === "good" ? styles.good : styles.muted;
    return (
      <li key={`${m.key}/${m.from ?? ""}/${m.to ?? ""}`}>
        <button
          type="button"
          className={`${list.item} ${styles.body}`}
          disabled={!s || !sheet}
          onClick={() => s && sheet && onSelect({ sheet, row: s.row })}
        >
          <span className={styles.head}>
            <span className={`${styles.kind} ${kindClass}`}>{m.cause ? causeText(m.cause, lang) : t(lang, `move.kind.${m.kind}`)}</span>
            <span className={styles.name}>{s?.name || m.id}</span>
            {badge(m.from)}→{badge(m.to)}
          </span>
          {m.to && <Caption1>{quadrantName(m.to, lang)}</Caption1>}
        </button>
      </li>
    );
  };
  return (
    <section className={styles.root} aria-label={t(lang, "dashboard.section.movements")}>
      <Subtitle2 as="h3">{t(lang, "dashboard.section.movements")}</Subtitle2>
      {dashboard.first ? (
        <Caption1 className={styles.muted}>{t(lang, "dashboard.movements.first", { count: dashboard.appended.length })}</Caption1>
      ) : dashboard.movements.length === 0 ? (
        <Caption1 className={styles.muted}>{t(lang, "dashboard.movements.none")}</Caption1>
      ) : (
        <>
          {own.length > 0 && <ul className={list.list}>{own.slice(0, SHOWN).map(item)}</ul>}
          {byThreshold.length > 0 && (
            <section aria-label={causeText("threshold", lang)} className={styles.apart}>
              <Caption1 className={styles.kind}>{t(lang, "move.threshold.heading", { count: byThreshold.length })}</Caption1>
              {dashboard.thresholdMove && (
                <Caption1 className={styles.muted}>
                  {thresholdChangeText(dashboard.thresholdMove.before, dashboard.thresholdMove.now, lang)}
                </Caption1>
              )}
              <ul className={list.list}>{byThreshold.slice(0, SHOWN).map(item)}</ul>
            </section>
          )}
        </>
      )}
      {!dashboard.first && hidden > 0 && (
        <Caption1 className={styles.muted}>{t(lang, "dashboard.more", { count: hidden, where: t(lang, "dashboard.sheet") })}</Caption1>
      )}
    </section>
  );
}
