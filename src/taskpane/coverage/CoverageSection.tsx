/**
 * A household's coverage matrix with the button that makes its printable coverage sheet, and the
 * sheet's outcome. Shown in the protection tab and in the customer 360 view.
 */
import { useState } from "react";
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { HouseholdJson } from "../../core/coverage/json";
import { type Lang, t } from "../../core/i18n";
import { CoverageMatrix } from "./CoverageMatrix";
import { hostErrorText } from "../hostError";
import { UnknownCustomer } from "../../excel/coverageSheet";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface CoverageSectionProps {
  household: HouseholdJson;
  lang: Lang;
  /** Makes the customer's coverage sheet and returns its name; rejects with a message to show. */
  onSheet?(customerId: string): Promise<string>;
}

export function CoverageSection({ household, lang, onSheet }: CoverageSectionProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ sheet?: string; error?: string }>({});
  const make = async () => {
    if (!onSheet) return;
    setBusy(true);
    setOutcome({});
    try {
      setOutcome({ sheet: await onSheet(household.id) });
    } catch (e) {
      // An unknown customer is already a sentence; anything from Excel goes through hostErrorText.
      const text = hostErrorText(e, "write", lang);
      setOutcome({ error: e instanceof UnknownCustomer ? e.message : [text.message, text.detail].filter(Boolean).join(" ") });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.root}>
      <CoverageMatrix household={household} lang={lang} />
      {onSheet && household.coverTypes.length > 0 && (
        <div>
          <Button size="small" appearance="primary" disabled={busy} onClick={() => void make()}>
            {t(lang, "coverage.sheet.make")}
          </Button>
        </div>
      )}
      {outcome.sheet && <Caption1 className={styles.muted}>{t(lang, "coverage.sheet.made", { sheet: outcome.sheet })}</Caption1>}
      {outcome.error && (
        <MessageBar intent="error">
          <MessageBarBody>{outcome.error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
