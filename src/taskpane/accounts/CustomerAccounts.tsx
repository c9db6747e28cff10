/**
 * Key accounts in the customer 360 view (SPEC 5c): the customer's attack/defend segment with why
 * (potential against its threshold, share against both bounds), and their open opportunities with
 * staleness and 1+2+1 gaps.
 */
import { useMemo } from "react";
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import { gapsText, keyAccountsOf, opportunitiesOf, segmentLabel, segmentReason, stageText } from "../../core/accounts";
import { type Lang, t } from "../../core/i18n";
import { useListStyles } from "../listStyles";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  segment: { fontWeight: tokens.fontWeightSemibold },
  gaps: { color: "#9C0006", overflowWrap: "anywhere" },
  stale: { color: "#9C5700" },
});

export function CustomerAccounts({ analysis, index, lang }: { analysis: Analysis; index: number; lang: Lang }) {
  const styles = useStyles();
  const list = useListStyles();
  const k = useMemo(() => keyAccountsOf(analysis), [analysis]);
  const seg = k.byCustomer[index];
  const opps = opportunitiesOf(k, index);
  if (!k.hasPotentialColumn && opps.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="c360-accounts" data-testid="c360-accounts" data-segment={seg?.segment ?? ""}>
      <Subtitle2 as="h3" id="c360-accounts">
        {t(lang, "accounts.c360.heading")}
      </Subtitle2>
      {seg ? (
        <>
          <span className={styles.segment}>{segmentLabel(seg, lang)}</span>
          <Caption1>{segmentReason(seg, k.thresholds, lang)}</Caption1>
        </>
      ) : (
        <Caption1 className={list.muted}>{t(lang, "accounts.noPotential")}</Caption1>
      )}
      {opps.length > 0 && (
        <ul className={list.list}>
          {opps.map((o) => (
            <li key={o.at} data-project={o.project}>
              <Caption1>
                {o.project} · {stageText(o.stage, lang)}
                {o.stale && <span className={styles.stale}> · {t(lang, "accounts.stale", { days: k.asOf - o.stageDay! })}</span>}
              </Caption1>
              <br />
              <Caption1 className={o.covered ? undefined : styles.gaps}>{gapsText(o.gaps, lang)}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
