/**
 * The name box and the formula bar: the selected cell's address and its formula (or value). Typing
 * here and pressing Enter writes the cell, so a person can fix a reported problem and refresh.
 */
import { useEffect, useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useWorkbenchText } from "./text";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "stretch",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "#FFFFFF",
    fontSize: "13px",
  },
  name: {
    width: "88px",
    flexShrink: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: "2px 6px",
    fontFamily: "Consolas, 'DejaVu Sans Mono', monospace",
  },
  fx: { color: tokens.colorNeutralForeground3, fontStyle: "italic", fontFamily: "Georgia, serif", alignSelf: "center" },
  input: {
    flexGrow: 1,
    minWidth: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: "2px 6px",
    fontFamily: "inherit",
    fontSize: "13px",
    ":focus": { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-1px" },
  },
});

export interface FormulaBarProps {
  address: string;
  content: string;
  onCommit(text: string): void;
}

export function FormulaBar({ address, content, onCommit }: FormulaBarProps) {
  const styles = useStyles();
  const text = useWorkbenchText();
  const [draft, setDraft] = useState(content);
  // A new selection (or a recalculated value) replaces whatever was being typed.
  useEffect(() => setDraft(content), [address, content]);
  return (
    <div className={styles.bar}>
      <output className={styles.name} aria-label={text("nameBox")}>
        {address}
      </output>
      <span className={styles.fx} aria-hidden>
        fx
      </span>
      <input
        className={styles.input}
        aria-label={text("formulaBar")}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && draft !== content) onCommit(draft);
          if (e.key === "Escape") setDraft(content);
        }}
      />
    </div>
  );
}
