/**
 * Moving an opportunity to another stage from the pane: the writer appends a row for the project
 * with the new stage, today's date as its stage date and the rest copied from its current row —
 * never an overwrite (the sheet keeps the project's history; its last row is where it stands).
 */
import { useState } from "react";
import { Button, Caption1, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import type { OpenOpportunity } from "../../core/accounts";
import { stageText } from "../../core/accounts";
import { OPPORTUNITY_STAGES, caption } from "../../core/schema";
import { type Lang, t } from "../../core/i18n";
import type { Writer } from "../useWriter";
import { issueText } from "../useWriter";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1, flexBasis: "100%" },
});

export function StageChange({ analysis, opportunity, lang, writer, onDone }: { analysis: Analysis; opportunity: OpenOpportunity; lang: Lang; writer: Writer; onDone(): void }) {
  const styles = useStyles();
  const [stage, setStage] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const o = analysis.book.opportunities[opportunity.at];
  const save = async () => {
    if (!stage) return;
    const result = await writer.append("opportunities", [
      {
        id: opportunity.id,
        project: o.project,
        stage: caption(OPPORTUNITY_STAGES.find((s) => s.key === stage)!, lang),
        amount: o.amount,
        expectedClose: o.expectedClose === undefined ? undefined : { day: o.expectedClose },
        stageDate: { day: analysis.asOf },
        guide: o.guide,
        buyer: o.buyer,
        user: o.user,
        gatekeeper: o.gatekeeper,
        decisionMaker: o.decisionMaker,
        rep: o.rep,
      },
    ]);
    if ("error" in result) setError(result.error);
    else if (result.length) setError(result.map((i) => issueText(i, "opportunities", lang)).join(" "));
    else onDone();
  };
  return (
    <div className={styles.form} data-testid="stage-change">
      <Select size="small" aria-label={t(lang, "accounts.stageChange.to")} value={stage ?? ""} onChange={(_, d) => setStage(d.value || undefined)}>
        <option value="">{t(lang, "accounts.stageChange.to")}</option>
        {OPPORTUNITY_STAGES.filter((s) => s.key !== opportunity.stage).map((s) => (
          <option key={s.key} value={s.key}>
            {stageText(s.key, lang)}
          </option>
        ))}
      </Select>
      <Button size="small" appearance="primary" disabled={!stage || writer.state.busy} onClick={() => void save()}>
        {t(lang, "accounts.stageChange.save")}
      </Button>
      <Button size="small" appearance="subtle" onClick={onDone}>
        {t(lang, "accounts.stageChange.cancel")}
      </Button>
      {error && (
        <Caption1 role="alert" className={styles.error}>
          {error}
        </Caption1>
      )}
    </div>
  );
}
