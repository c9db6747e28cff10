/**
 * A household's coverage matrix (SPEC 5b): members × cover types with the sum insured, gaps in
 * red, cells whose policy has unusable dates in amber, the annual premium per member and in total.
 * It takes the core's `householdJson` — the very object `crm coverage --json` prints — so the
 * customer 360 view can embed it as it is.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { HouseholdJson } from "../core/coverage/json";
import { coverText, memberLabel } from "../core/coverage/text";
import { type Lang, t } from "../core/i18n";
import { formatAmount } from "./numbers";

const useStyles = makeStyles({
  wrap: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontVariantNumeric: "tabular-nums",
    width: "100%",
  },
  th: {
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "end",
    padding: "2px 3px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
  },
  member: { textAlign: "start", padding: "2px 3px", whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold },
  td: { textAlign: "end", padding: "2px 3px", whiteSpace: "nowrap" },
  gap: { backgroundColor: "#FFC7CE", color: "#9C0006", fontWeight: tokens.fontWeightSemibold },
  error: { backgroundColor: "#FFEB9C", color: "#9C5700" },
  total: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Sums insured are large round numbers: 50万 / 500K reads faster in a narrow pane. */
export function compactAmount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

export interface CoverageMatrixProps {
  household: HouseholdJson;
  lang: Lang;
}

export function CoverageMatrix({ household: h, lang }: CoverageMatrixProps) {
  const styles = useStyles();
  if (h.coverTypes.length === 0) return <Caption1 className={styles.muted}>{t(lang, "coverage.noPolicies")}</Caption1>;
  const caption = t(lang, "coverage.matrix.caption", { name: h.name });
  return (
    <div className={styles.wrap}>
      <table className={styles.table} aria-label={caption} data-testid="coverage-matrix">
        <thead>
          <tr>
            <th className={styles.member} scope="col">
              {t(lang, "coverage.member")}
            </th>
            {h.coverTypes.map((k) => (
              <th key={k} className={styles.th} scope="col">
                {coverText(k, lang)}
              </th>
            ))}
            <th className={styles.th} scope="col">
              {t(lang, "coverage.annualPremium")}
            </th>
          </tr>
        </thead>
        <tbody>
          {h.members.map((m, i) => (
            <tr key={i}>
              <th className={styles.member} scope="row">
                {memberLabel(m, lang)}
              </th>
              {h.coverTypes.map((k) => {
                const gap = m.gaps.includes(k);
                const error = m.errors.includes(k);
                const sum = m.sumInsured[k] ?? 0;
                return (
                  <td
                    key={k}
                    className={`${styles.td} ${gap ? styles.gap : error ? styles.error : ""}`}
                    title={sum ? formatAmount(sum, lang) : undefined}
                    data-cover={k}
                    data-value={sum}
                  >
                    {error ? t(lang, "coverage.cellError") : gap ? t(lang, "coverage.gap") : sum ? compactAmount(sum, lang) : ""}
                  </td>
                );
              })}
              <td className={styles.td} data-value={m.annualPremium} title={formatAmount(m.annualPremium, lang)}>
                {compactAmount(m.annualPremium, lang)}
              </td>
            </tr>
          ))}
          <tr className={styles.total}>
            <th className={styles.member} scope="row">
              {t(lang, "coverage.total")}
            </th>
            {h.coverTypes.map((k) => (
              <td key={k} className={styles.td} data-value={h.totals.sumInsured[k] ?? 0}>
                {compactAmount(h.totals.sumInsured[k] ?? 0, lang)}
              </td>
            ))}
            <td className={styles.td} data-value={h.totals.annualPremium} title={formatAmount(h.totals.annualPremium, lang)}>
              {compactAmount(h.totals.annualPremium, lang)}
            </td>
          </tr>
        </tbody>
      </table>
      {h.totals.singlePremium > 0 && (
        <Caption1 className={styles.muted}>
          {t(lang, "coverage.singlePremium")}: {formatAmount(h.totals.singlePremium, lang)}
        </Caption1>
      )}
    </div>
  );
}
