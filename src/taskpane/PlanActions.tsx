/**
 * What the rep does with a plan entry: "done" records a follow-up (channel from the quadrant's
 * strategy, summary and outcome editable, next appointment optional) so the customer leaves
 * today's list at the next read; "postpone" sets the next appointment; a birthday offers the
 * greeting from the settings to copy into WeChat or a text message.
 */
import { useState } from "react";
import { Button, Caption1, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../core/analyze";
import type { PlanItem } from "../core/plan";
import { defaultChannel } from "../core/customer/logRows";
import { greetingText } from "../core/customer/whyText";
import { type Lang, t } from "../core/i18n";
import { FollowUpForm } from "./LogForms";
import type { Writer } from "./useWriter";

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
  const [open, setOpen] = useState<"done" | "postpone" | "greeting" | undefined>();
  const [copied, setCopied] = useState<string | undefined>();
  const name = analysis.book.customers[item.index].name;
  const greeting = greetingText(analysis.book.settings.greeting[lang], name, lang);
  const toggle = (what: typeof open) => setOpen(open === what ? undefined : what);

  const copy = async () => {
    try {
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
        <Button size="small" onClick={() => toggle("postpone")} aria-label={t(lang, "text.labelled", { label: t(lang, "log.action.postpone"), value: name })}>
          {t(lang, "log.action.postpone")}
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
      {(open === "done" || open === "postpone") && (
        <FollowUpForm
          analysis={analysis}
          index={item.index}
          lang={lang}
          writer={writer}
          mode={open === "done" ? "log" : "postpone"}
          channel={defaultChannel(item.quadrant)}
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
