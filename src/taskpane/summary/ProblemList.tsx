/**
 * The data problems, errors first, grouped by sheet × column × kind (core/groups.ts): 1,855 dates
 * typed as text in one column are one line with the count, the first rows and the fix. Each line
 * is a button that selects its (first) cell. Names may hold markup (`<b>`): React renders text,
 * so it shows as typed.
 */
import { Button, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { Problem, Severity } from "../../core/quality";
import { type ProblemGroup, groupFix, groupMessage, groupProblems } from "../../core/groups";
import { type Lang, t } from "../../core/i18n";
import type { Place } from "../../excel/host";
import { useListStyles } from "../listStyles";

/** Enough to work through; the rest on request, so a book with thousands of bad rows stays quick. */
const PAGE = 100;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  icon: { flexShrink: 0, marginTop: "1px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  fix: { display: "block", marginTop: "2px" },
});

export interface ProblemListProps {
  problems: Problem[];
  lang: Lang;
  onSelect(place: Place): void;
  /** An action for a group (the one-click fix), shown under it. */
  renderGroupAction?(group: ProblemGroup): React.ReactNode;
}

export function ProblemList({ problems, lang, onSelect, renderGroupAction }: ProblemListProps) {
  const styles = useStyles();
  const list = useListStyles();
  const groups = useMemo(() => groupProblems(problems), [problems]);
  if (problems.length === 0) return <Caption1 className={list.muted}>{t(lang, "taskpane.problems.empty")}</Caption1>;
  return (
    <section className={styles.root}>
      <Caption1 className={list.muted}>{t(lang, "taskpane.problems.hint")}</Caption1>
      {(["error", "warning"] as const).map((severity) => (
        <SeveritySection
          key={severity}
          severity={severity}
          groups={groups.filter((g) => g.severity === severity)}
          lang={lang}
          onSelect={onSelect}
          renderGroupAction={renderGroupAction}
        />
      ))}
    </section>
  );
}

interface SeveritySectionProps {
  severity: Severity;
  groups: ProblemGroup[];
  lang: Lang;
  onSelect(place: Place): void;
  renderGroupAction?(group: ProblemGroup): React.ReactNode;
}

function SeveritySection({ severity, groups, lang, onSelect, renderGroupAction }: SeveritySectionProps) {
  const styles = useStyles();
  const list = useListStyles();
  const [shown, setShown] = useState(PAGE);
  if (groups.length === 0) return null;
  const count = groups.reduce((n, g) => n + g.count, 0);
  const heading = t(lang, severity === "error" ? "taskpane.problems.errors" : "taskpane.problems.warnings", { count });
  const Icon = severity === "error" ? ErrorCircle16Filled : Warning16Filled;
  return (
    <div>
      <Subtitle2 as="h2" id={`problems-${severity}`}>
        {heading}
      </Subtitle2>
      <ul className={list.list} aria-labelledby={`problems-${severity}`}>
        {groups.slice(0, shown).map((g, i) => {
          const p: Problem = g.first;
          const fix = g.count > 1 ? groupFix(g, lang) : undefined;
          return (
            <li key={i}>
              <button type="button" className={list.item} onClick={() => onSelect({ sheet: p.sheet, row: p.row, columnIndex: p.columnIndex })}>
                <Icon className={mergeClasses(styles.icon, severity === "error" ? styles.error : styles.warning)} aria-hidden />
                <span className={list.text}>
                  {groupMessage(g, lang)}
                  {fix && <span className={mergeClasses(styles.fix, list.muted)}>{fix}</span>}
                </span>
              </button>
              {renderGroupAction?.(g)}
            </li>
          );
        })}
      </ul>
      {groups.length > shown && (
        <Button appearance="subtle" size="small" onClick={() => setShown(shown + PAGE)}>
          {t(lang, "taskpane.problems.more", { count: Math.min(PAGE, groups.length - shown) })}
        </Button>
      )}
    </div>
  );
}
