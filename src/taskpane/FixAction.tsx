/**
 * The one-click fix of a grouped problem, where the fix is unambiguous (a text amount or date →
 * the number or date it reads as): every cell of the group in one request, only on the user's
 * click, each cell only if it still holds what was read. Then the book is read again.
 */
import { useMemo, useState } from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import type { Analysis } from "../core/analyze";
import type { ProblemGroup } from "../core/groups";
import { groupFixes } from "../core/customer/fixes";
import { type Lang, t } from "../core/i18n";
import type { WorkbookHost } from "../excel/host";
import { hostErrorText } from "./hostError";
import { useLatestMessage } from "./latestMessage";

export interface FixActionProps {
  analysis: Analysis;
  group: ProblemGroup;
  host: WorkbookHost;
  lang: Lang;
  refresh(): Promise<void>;
}

export function FixAction({ analysis, group, host, lang, refresh }: FixActionProps) {
  const fixes = useMemo(() => groupFixes(analysis, group), [analysis, group]);
  const [busy, setBusy] = useState(false);
  // An object per outcome: the same sentence twice is two messages (see latestMessage.tsx).
  const [outcome, setOutcome] = useState<{ text: string }>();
  const latest = useLatestMessage(outcome);
  if (fixes.length === 0) return null;
  const run = async () => {
    setBusy(true);
    try {
      const r = await host.writeRows({ table: group.table, append: [], fill: fixes });
      setOutcome({ text: t(lang, "fix.done", { count: r.filled, left: r.notFilled.length }) });
      await refresh();
    } catch (e) {
      setOutcome({ text: hostErrorText(e, "write", lang).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ paddingInlineStart: "2em" }}>
      <Button size="small" disabled={busy} onClick={() => void run()}>
        {t(lang, `fix.${group.code}`, { count: fixes.length })}
      </Button>
      {outcome && latest && <Caption1 role="status"> {outcome.text}</Caption1>}
    </div>
  );
}
