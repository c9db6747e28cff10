/**
 * A book kept as a ledger (no customer sheet, issue 24): the offer to add the customer sheet made
 * from it, shown after a set-up or a refresh found the ledger, and what was made.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import { type Lang, t } from "../../core/i18n";
import type { LedgerSheetResult } from "../../excel/host";
import type { Workbook } from "../useWorkbook";

/** The ledger's sheet when the last set-up or refresh read the book as a ledger. */
export function ledgerOf(workbook: Workbook): string | undefined {
  const { setup, refresh } = workbook.state;
  return setup?.ledger ?? refresh?.analysis.problems.find((p) => p.code === "table.ledger" || p.code === "table.ledgerByName")?.sheet;
}

export function LedgerOffer({ workbook, lang, sheet }: { workbook: Workbook; lang: Lang; sheet: string }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t(lang, "ledger.offer.message", { sheet })}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" icon={<TableAdd20Regular />} disabled={workbook.state.busy !== undefined} onClick={() => void workbook.customerSheetFromLedger()}>
          {t(lang, "ledger.offer.action")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The outcome's lines: what was made, and how the purchases find their customers. */
export function ledgerSheetLines(made: LedgerSheetResult, written: number, lang: Lang): { title: string; lines: string[] } {
  const lines = [t(lang, "ledger.made.customers", { count: made.customers, ledger: made.ledger })];
  if (made.generated) lines.push(t(lang, "ledger.made.generated", made.generated));
  lines.push(t(lang, "taskpane.refresh.written", { count: written }));
  return { title: t(lang, "ledger.made.title", { sheet: made.sheet }), lines };
}
