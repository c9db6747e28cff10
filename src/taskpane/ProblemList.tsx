/**
 * The data problems, errors first, each a button that selects the offending cell. Names may hold
 * markup (`<b>`): React renders text, so it shows as typed.
 */
import { Button, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { useState } from "react";
import { type Problem, type Severity, problemMessage } from "../core/quality";
import { type Lang, t } from "../core/i18n";
import type { Place } from "../excel/host";
import { useListStyles } from "./listStyles";

/** Enough to work through; the rest on request, so a book with thousands of bad rows stays quick. */
const PAGE = 100;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  icon: { flexShrink: 0, marginTop: "1px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface ProblemListProps {
  problems: Problem[];
  lang: Lang;
  onSelect(place: Place): void;
}

export function ProblemList({ problems, lang, onSelect }: ProblemListProps) {
  const styles = useStyles();
  const list = useListStyles();
  if (problems.length === 0) return <Caption1 className={list.muted}>{t(lang, "taskpane.problems.empty")}</Caption1>;
  return (
    <section className={styles.root}>
      <Caption1 className={list.muted}>{t(lang, "taskpane.problems.hint")}</Caption1>
      {(["error", "warning"] as const).map((severity) => (
        <ProblemGroup key={severity} severity={severity} problems={problems.filter((p) => p.severity === severity)} lang={lang} onSelect={onSelect} />
      ))}
    </section>
  );
}

interface ProblemGroupProps extends ProblemListProps {
  severity: Severity;
}

function ProblemGroup({ severity, problems, lang, onSelect }: ProblemGroupProps) {
  const styles = useStyles();
  const list = useListStyles();
  const [shown, setShown] = useState(PAGE);
  if (problems.length === 0) return null;
  const heading = t(lang, severity === "error" ? "taskpane.problems.errors" : "taskpane.problems.warnings", { count: problems.length });
  const Icon = severity === "error" ? ErrorCircle16Filled : Warning16Filled;
  return (
    <div>
      <Subtitle2 as="h2" id={`problems-${severity}`}>
        {heading}
      </Subtitle2>
      <ul className={list.list} aria-labelledby={`problems-${severity}`}>
        {problems.slice(0, shown).map((p, i) => (
          <li key={i}>
            <button type="button" className={list.item} onClick={() => onSelect({ sheet: p.sheet, row: p.row, columnIndex: p.columnIndex })}>
              <Icon className={mergeClasses(styles.icon, severity === "error" ? styles.error : styles.warning)} aria-hidden />
              <span className={list.text}>{problemMessage(p, lang)}</span>
            </button>
          </li>
        ))}
      </ul>
      {problems.length > shown && (
        <Button appearance="subtle" size="small" onClick={() => setShown(shown + PAGE)}>
          {t(lang, "taskpane.problems.more", { count: Math.min(PAGE, problems.length - shown) })}
        </Button>
      )}
    </div>
  );
}
