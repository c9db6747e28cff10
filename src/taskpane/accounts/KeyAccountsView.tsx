/**
 * The key-accounts view (SPEC 5c): the funnel per stage, the open opportunities with their
 * staleness and 1+2+1 gaps (each can be moved to another stage), the attack/defend segments and
 * what bad debt costs in sales — the figures of `accountsJson`, what `crm accounts --json` prints —
 * and a button that makes the key-accounts sheet.
 */
import { useMemo, useState } from "react";
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import { SEGMENTS, gapsText, keyAccountsOf, segmentLabel, segmentText, stageText } from "../../core/accounts";
import { formatDay } from "../../core/dates";
import { formatMoney } from "../../core/money";
import { type Lang, t } from "../../core/i18n";
import type { Writer } from "../useWriter";
import { useListStyles } from "../listStyles";
import { StageChange } from "./StageChange";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  stage: { display: "grid", gridTemplateColumns: "7em 1fr auto", alignItems: "center", gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  bar: { height: "12px", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall, justifySelf: "center" },
  figures: { whiteSpace: "nowrap", textAlign: "end", fontVariantNumeric: "tabular-nums" },
  opp: { display: "flex", flexDirection: "column", gap: "2px", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  line: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "baseline", fontSize: tokens.fontSizeBase200 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  stale: { color: "#9C5700", fontWeight: tokens.fontWeightSemibold },
  gaps: { color: "#9C0006", overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  covered: { color: tokens.colorPaletteGreenForeground1, fontSize: tokens.fontSizeBase200 },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  chip: { padding: "0 6px", borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground3, fontSize: tokens.fontSizeBase200 },
});

export interface KeyAccountsViewProps {
  analysis: Analysis;
  lang: Lang;
  writer: Writer;
  onOpenCustomer(index: number): void;
  /** Makes the key-accounts sheet and returns its name; rejects with a message to show. */
  onSheet?(): Promise<string>;
}

export function KeyAccountsView({ analysis, lang, writer, onOpenCustomer, onSheet }: KeyAccountsViewProps) {
  const styles = useStyles();
  const list = useListStyles();
  const k = useMemo(() => keyAccountsOf(analysis), [analysis]);
  const [moving, setMoving] = useState<number | undefined>();
  const [sheet, setSheet] = useState<{ busy?: boolean; text?: string }>({});
  const widest = Math.max(1, ...k.funnel.map((f) => f.count));
  const money = (n: number) => formatMoney(n, lang);
  const makeSheet = async () => {
    if (!onSheet) return;
    setSheet({ busy: true });
    try {
      setSheet({ text: t(lang, "accounts.sheet.made", { sheet: await onSheet() }) });
    } catch (e) {
      setSheet({ text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className={styles.root} data-testid="key-accounts">
      {onSheet && (
        <div>
          <Button size="small" disabled={sheet.busy} onClick={() => void makeSheet()}>
            {t(lang, "accounts.sheet.make")}
          </Button>
          {sheet.text && <Caption1 role="status"> {sheet.text}</Caption1>}
        </div>
      )}
      <section className={styles.section} aria-labelledby="ka-funnel">
        <Subtitle2 as="h2" id="ka-funnel">
          {t(lang, "accounts.funnel.title")}
        </Subtitle2>
        {!k.hasOpportunityTable ? (
          <Caption1 className={list.muted}>{t(lang, "accounts.noOpportunities")}</Caption1>
        ) : (
          <ol className={list.list} data-testid="funnel">
            {k.funnel.map((f) => (
              <li key={f.stage} className={styles.stage} data-stage={f.stage} data-count={f.count} data-amount={f.amount}>
                <span>{stageText(f.stage, lang)}</span>
                <span className={styles.bar} style={{ width: `${Math.max(2, (f.count / widest) * 100)}%` }} aria-hidden />
                <span className={styles.figures}>
                  {f.count} · {money(f.amount)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      {k.hasOpportunityTable && (
        <section className={styles.section} aria-labelledby="ka-opps">
          <Subtitle2 as="h2" id="ka-opps">
            {t(lang, "accounts.opportunities.openCount", { count: k.opportunities.length })}
          </Subtitle2>
          {k.opportunities.length === 0 && <Caption1 className={list.muted}>{t(lang, "accounts.opportunities.noneOpen")}</Caption1>}
          <ul className={list.list} data-testid="opportunities">
            {k.opportunities.map((o) => (
              <li key={o.at} className={styles.opp} data-id={o.id} data-project={o.project} data-stage={o.stage} data-amount={o.amount ?? ""} data-stale={o.stale} data-gaps={o.gaps.join(",")}>
                <div className={styles.line}>
                  {o.customer >= 0 ? (
                    <button type="button" className={`${list.item} ${styles.name}`} style={{ width: "auto", padding: 0 }} onClick={() => onOpenCustomer(o.customer)}>
                      {o.name || o.id}
                    </button>
                  ) : (
                    <span className={styles.name}>{o.id}</span>
                  )}
                  <span>{o.project}</span>
                </div>
                <div className={styles.line}>
                  <span>{stageText(o.stage, lang)}</span>
                  {o.amount !== undefined && <span>{money(o.amount)}</span>}
                  {o.stale && <span className={styles.stale}>{t(lang, "accounts.stale", { days: k.asOf - o.stageDay! })}</span>}
                  {o.stageDay === undefined && <span className={list.muted}>{t(lang, "accounts.noStageDate")}</span>}
                  {o.stageDay !== undefined && !o.stale && <span className={list.muted}>{formatDay(o.stageDay)}</span>}
                </div>
                <span className={o.covered ? styles.covered : styles.gaps}>{gapsText(o.gaps, lang)}</span>
                {moving === o.at ? (
                  <StageChange analysis={analysis} opportunity={o} lang={lang} writer={writer} onDone={() => setMoving(undefined)} />
                ) : (
                  o.customer >= 0 && (
                    <Button size="small" appearance="subtle" style={{ alignSelf: "flex-start" }} onClick={() => setMoving(o.at)}>
                      {t(lang, "accounts.stageChange.action")}
                    </Button>
                  )
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className={styles.section} aria-labelledby="ka-segments">
        <Subtitle2 as="h2" id="ka-segments">
          {t(lang, "accounts.segments.title")}
        </Subtitle2>
        {!k.hasPotentialColumn ? (
          <Caption1 className={list.muted}>{t(lang, "accounts.noPotentialColumn")}</Caption1>
        ) : (
          <>
            <div className={styles.chips}>
              {SEGMENTS.map((seg) => (
                <span key={seg} className={styles.chip}>
                  {segmentText(seg, lang)} {k.segments.filter((s) => s.segment === seg).length}
                </span>
              ))}
            </div>
            {k.withoutPotential > 0 && <Caption1 className={list.muted}>{t(lang, "accounts.withoutPotential", { count: k.withoutPotential })}</Caption1>}
            <ul className={list.list} data-testid="segments">
              {k.segments.map((s) => (
                <li key={s.index} data-id={s.id} data-segment={s.segment} data-share={Math.round(s.share * 1e4) / 1e4} data-potential={s.potential}>
                  <button type="button" className={list.item} onClick={() => onOpenCustomer(s.index)}>
                    <span className={list.text}>
                      {s.name || s.id} · {segmentLabel(s, lang)} · {Math.round(s.share * 100)}% / {money(s.potential)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="ka-debt">
        <Subtitle2 as="h2" id="ka-debt">
          {t(lang, "accounts.badDebt.title")}
        </Subtitle2>
        {k.badDebt.customers.length === 0 ? (
          <Caption1 className={list.muted}>{t(lang, "accounts.badDebt.none")}</Caption1>
        ) : (
          <>
            <Caption1 data-testid="bad-debt" data-amount={k.badDebt.amount} data-extra={k.badDebt.extraSales}>
              {t(lang, "accounts.badDebt.summary", { amount: money(k.badDebt.amount), margin: `${Number((k.badDebt.margin * 100).toFixed(2))}%`, extra: money(k.badDebt.extraSales) })}
            </Caption1>
            <ul className={list.list} data-testid="bad-debt-customers">
              {k.badDebt.customers.map((c) => (
                <li key={c.index} data-id={c.id} data-amount={c.amount} data-extra={c.extraSales}>
                  <button type="button" className={list.item} onClick={() => onOpenCustomer(c.index)}>
                    <span className={list.text}>
                      {c.name || c.id} · {money(c.amount)} → {money(c.extraSales)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
