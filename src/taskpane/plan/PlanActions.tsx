/**
 * What the rep does with a plan entry: "done" records a follow-up with the channel actually used
 * (the plan's channel preselected: a visit, a call for III, WeChat for a greeting), summary and
 * outcome editable, a next appointment optional; "reschedule" records a 改约 follow-up dated today
 * with the new date. Either takes the customer off today's plan at the next read. A birthday
 * offers the greeting from the settings to copy into WeChat or a text message.
 */
import { useState } from "react";
import { Button, Caption1, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import type { PlanItem } from "../../core/plan";
import { greetingText } from "../../core/customer/whyText";
import { type Lang, t } from "../../core/i18n";
import { FollowUpForm } from "./LogForms";
import type { Writer } from "../useWriter";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingInlineStart: "2em" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});

export interface PlanActionsProps {
  analysis: Analysis;
  item: PlanItem;
  lang: Lang;
  writer: Writer;
  onOpenCustomer(index: number): void;
}

export function PlanActions({ analysis, item, lang, writer, onOpenCustomer }: PlanActionsProps) {
  const styles = useStyles();
  const [open, setOpen] = useState<"done" | "reschedule" | "greeting" | undefined>();
  const [copied, setCopied] = useState<string | undefined>();
  const name = analysis.book.customers[item.index].name;
  const greeting = greetingText(analysis.book.settings.greeting[lang], name, lang);
  const toggle = (what: typeof open) => setOpen(open === what ? undefined : what);

  const copy = async () => {
    try {
      // Safari before 13.1 has no navigator.clipboard: the TypeError lands below, "copy failed".
      // eslint-disable-next-line compat/compat
      await navigator.clipboard.writeText(greeting);
      setCopied(t(lang, "log.copied"));
    } catch {
      setCopied(t(lang, "log.copyFailed"));
    }
  };

  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button size="small" appearance={open === "done" ? "primary" : "secondary"} onClick={() => toggle("done")} aria-label={t(lang, "text.labelled", { label: t(lang, "log.action.done"), value: name })}>
          {t(lang, "log.action.done")}
        </Button>
        <Button size="small" onClick={() => toggle("reschedule")} aria-label={t(lang, "text.labelled", { label: t(lang, "plan.log.reschedule"), value: name })}>
          {t(lang, "plan.log.reschedule")}
        </Button>
        {item.reason === "birthday" && (
          <Button size="small" onClick={() => toggle("greeting")}>
            {t(lang, "log.action.greeting")}
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={() => onOpenCustomer(item.index)}>
          {t(lang, "taskpane.tab.customer")}
        </Button>
      </div>
      {(open === "done" || open === "reschedule") && (
        <FollowUpForm
          analysis={analysis}
          index={item.index}
          lang={lang}
          writer={writer}
          mode={open === "done" ? "log" : "reschedule"}
          channel={item.channel}
          onDone={() => setOpen(undefined)}
          onCancel={() => setOpen(undefined)}
        />
      )}
      {open === "greeting" && (
        <div>
          <Textarea value={greeting} readOnly resize="vertical" aria-label={t(lang, "log.action.greeting")} />
          <div className={styles.buttons}>
            <Button size="small" onClick={() => void copy()}>
              {t(lang, "log.copy")}
            </Button>
            {copied && <Caption1 role="status">{copied}</Caption1>}
          </div>
        </div>
      )}
    </div>
  );
}
