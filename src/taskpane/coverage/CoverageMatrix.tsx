/**
 * A household's coverage matrix (SPEC 5b): members × cover types with the sum insured, gaps in
 * red, cells whose policy has unusable dates in amber, the annual premium per member and in total.
 * It takes the core's `householdJson` — the very object `crm coverage --json` prints — so the
 * customer 360 view can embed it as it is.
 */
import { Fragment } from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { HouseholdJson } from "../../core/coverage/json";
import { coverText, memberLabel, relationshipText } from "../../core/coverage/text";
import { type Lang, t } from "../../core/i18n";
import { formatAmount } from "../numbers";
import { formatMoneyShort } from "../../core/money";

const useStyles = makeStyles({
  wrap: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontVariantNumeric: "tabular-nums",
    width: "100%",
  },
  // Member names and cover captions wrap between words; figures never do.
  th: {
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "end",
    verticalAlign: "bottom",
    padding: "2px 3px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  corner: { textAlign: "start", verticalAlign: "bottom", padding: "2px 3px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  rowHead: { textAlign: "start", padding: "2px 3px", fontWeight: tokens.fontWeightSemibold },
  td: { textAlign: "end", padding: "2px 3px", whiteSpace: "nowrap" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  gap: { backgroundColor: "#FFC7CE", color: "#9C0006", fontWeight: tokens.fontWeightSemibold },
  error: { backgroundColor: "#FFEB9C", color: "#9C5700" },
  premium: { borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  muted: { color: tokens.colorNeutralForeground3 },
  // A name never breaks inside itself (张杰（本 / 人）): name on one line, the relationship under it.
  nowrap: { whiteSpace: "nowrap", display: "block" },
  relation: { whiteSpace: "nowrap", display: "block", color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
});

function MemberHead({ member: m, lang }: { member: HouseholdJson["members"][number]; lang: Lang }) {
  const styles = useStyles();
  if (!m.name || !m.relationship) return <span className={styles.nowrap}>{memberLabel(m, lang)}</span>;
  return (
    <>
      <span className={styles.nowrap}>{m.name}</span>
      <span className={styles.relation}>{t(lang, "coverage.member.label", { name: "", relationship: relationshipText(m.relationship, lang) }).trim()}</span>
    </>
  );
}




export interface CoverageMatrixProps {
  household: HouseholdJson;
  lang: Lang;
}

/**
 * Cover types down, members across (the orientation of the sheet's bar chart): a pane 320 px wide
 * holds a family of four this way, where long cover captions across would not fit.
 */
export function CoverageMatrix({ household: h, lang }: CoverageMatrixProps) {
  const styles = useStyles();
  if (h.coverTypes.length === 0) return <Caption1 className={styles.muted}>{t(lang, "coverage.noPolicies")}</Caption1>;
  const caption = t(lang, "coverage.matrix.caption", { name: h.name });
  const amount = (value: number, member: string, extra: Record<string, string>, className = "") => (
    <td className={`${styles.td} ${className}`} title={value ? formatAmount(value, lang) : undefined} data-member={member} data-value={value} {...extra}>
      {value ? formatMoneyShort(value, lang) : ""}
    </td>
  );
  return (
    <div className={styles.wrap}>
      <table className={styles.table} aria-label={caption} data-testid="coverage-matrix">
        <thead>
          <tr>
            <th className={styles.corner} scope="col">
              {t(lang, "coverage.cover")}
            </th>
            {h.members.map((m, i) => (
              <th key={i} className={styles.th} scope="col">
                <MemberHead member={m} lang={lang} />
              </th>
            ))}
            <th className={styles.th} scope="col">
              {t(lang, "coverage.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {h.coverTypes.map((k) => (
            <tr key={k}>
              <th className={styles.rowHead} scope="row">
                {coverText(k, lang)}
              </th>
              {h.members.map((m, i) => {
                const gap = m.gaps.includes(k);
                const error = m.errors.includes(k);
                const sum = m.sumInsured[k] ?? 0;
                if (!gap && !error) return <Fragment key={i}>{amount(sum, String(i), { "data-cover": k })}</Fragment>;
                return (
                  <td key={i} className={`${styles.td} ${gap ? styles.gap : styles.error}`} data-member={i} data-cover={k} data-value={sum}>
                    {error ? t(lang, "coverage.cellError") : t(lang, "coverage.gap")}
                  </td>
                );
              })}
              {amount(h.totals.sumInsured[k] ?? 0, "total", { "data-cover": k }, styles.strong)}
            </tr>
          ))}
          <tr className={styles.premium}>
            <th className={styles.rowHead} scope="row">
              {t(lang, "coverage.annualPremium")}
            </th>
            {h.members.map((m, i) => (
              <Fragment key={i}>{amount(m.annualPremium, String(i), { "data-premium": "annual" })}</Fragment>
            ))}
            {amount(h.totals.annualPremium, "total", { "data-premium": "annual" }, styles.strong)}
          </tr>
        </tbody>
      </table>
      {h.totals.singlePremium > 0 && (
        <Caption1 className={styles.muted}>
          {t(lang, "text.labelled", { label: t(lang, "coverage.singlePremium"), value: formatAmount(h.totals.singlePremium, lang) })}
        </Caption1>
      )}
    </div>
  );
}
