/** What a first-time user sees before anything is scored: the three steps, in order. */
import { Body1, Card, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { type Lang, t } from "../../core/i18n";

const useStyles = makeStyles({
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  step: { overflowWrap: "anywhere" },
});

export function GettingStarted({ lang }: { lang: Lang }) {
  const styles = useStyles();
  return (
    <Card appearance="filled-alternative" size="small">
      <Subtitle2 as="h2">{t(lang, "taskpane.start.title")}</Subtitle2>
      <ol className={styles.steps}>
        {(["step1", "step2", "step3"] as const).map((step) => (
          <li key={step} className={styles.step}>
            <Body1>{t(lang, `taskpane.start.${step}`)}</Body1>
          </li>
        ))}
      </ol>
    </Card>
  );
}
