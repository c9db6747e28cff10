/**
 * The customer tab: search (or follow the selection), the 360 view of the customer found, and
 * adding a new customer with an ID in the book's own pattern.
 */
import { useState } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import { type Lang, t } from "../../core/i18n";
import type { Place } from "../../excel/host";
import { Customer360 } from "./Customer360";
import { CustomerSearch } from "./CustomerSearch";
import { CustomerForm } from "../plan/LogForms";
import type { Customer360State } from "./useCustomer360";
import { WriteOutcome } from "../WriteOutcome";
import { useListStyles } from "../listStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface CustomerTabProps {
  analysis: Analysis;
  lang: Lang;
  c360: Customer360State;
  onSelect(place: Place): void;
  /** Makes a customer's printable coverage sheet and returns its name. */
  onCoverageSheet?(customerId: string): Promise<string>;
}

export function CustomerTab({ analysis, lang, c360, onSelect, onCoverageSheet }: CustomerTabProps) {
  const styles = useStyles();
  const list = useListStyles();
  const [adding, setAdding] = useState(false);
  return (
    <div className={styles.root}>
      <CustomerSearch analysis={analysis} lang={lang} onPick={c360.show} />
      <div>
        <Button size="small" onClick={() => setAdding(!adding)}>
          {t(lang, "log.action.customer")}
        </Button>
      </div>
      {adding && <CustomerForm analysis={analysis} lang={lang} writer={c360.writer} onDone={() => setAdding(false)} onCancel={() => setAdding(false)} />}
      <WriteOutcome writer={c360.writer} lang={lang} onSelect={onSelect} />
      {c360.index === undefined ? (
        <Caption1 className={list.muted}>{t(lang, "c360.follow.hint")}</Caption1>
      ) : (
        <Customer360 analysis={analysis} index={c360.index} lang={lang} writer={c360.writer} onSelect={onSelect} onCoverageSheet={onCoverageSheet} />
      )}
    </div>
  );
}
