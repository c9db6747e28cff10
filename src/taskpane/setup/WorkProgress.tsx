/**
 * The running set-up or refresh, once it has taken more than a second: its stage, a bar that
 * moves forward, and a Cancel that works until the host starts writing (after that the button
 * says why it waits). After a cancel, a line saying nothing was changed.
 */
import { useEffect, useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { type Lang, t } from "../../core/i18n";
import type { Workbook } from "../useWorkbook";
import { barValue, canCancel, stageText } from "./progressView";

/** Work shorter than this shows no bar: a flash of one would be noise. */
export const SHOW_AFTER_MS = 1000;

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function WorkProgress({ workbook, lang }: { workbook: Workbook; lang: Lang }) {
  const styles = useStyles();
  const { state, cancel } = workbook;
  const shown = useShownAfter(state.busy !== undefined, SHOW_AFTER_MS);

  if (state.busy && shown) {
    const cancellable = canCancel(state.progress) && !state.cancelling;
    const writing = !canCancel(state.progress);
    return (
      <div>
        <div className={styles.row}>
          <Field className={styles.bar} label={t(lang, "taskpane.progress.label")} validationMessage={stageText(state.progress, lang)} validationState="none">
            <ProgressBar thickness="large" value={barValue(state.busy, state.progress)} />
          </Field>
          <Button size="small" icon={<DismissRegular />} disabled={!cancellable} onClick={cancel}>
            {t(lang, state.cancelling ? "progress.cancelling" : "progress.cancel")}
          </Button>
        </div>
        {writing && (
          <Text size={200} className={styles.hint}>
            {t(lang, "progress.finishing")}
          </Text>
        )}
      </div>
    );
  }
  if (!state.busy && state.cancelled) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t(lang, `progress.cancelled.${state.cancelled}`)}</MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}

/** True once `active` has stayed true for `ms`; false again as soon as it is not. */
function useShownAfter(active: boolean, ms: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return shown && active;
}
