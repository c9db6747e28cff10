/**
 * The workbench's own controls, outside the add-in: language (re-creates the demo in it), the
 * task pane's width (Excel's narrow and wide panes), opening the user's .xlsx and downloading
 * the workbook back.
 */
import { useRef } from "react";
import { Text, Toolbar as FluentToolbar, ToolbarButton, ToolbarDivider, ToolbarRadioButton, ToolbarRadioGroup, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, ArrowReset20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import type { Lang } from "../core/i18n";
import { useWorkbenchText } from "./text";

export type PaneWidth = 320 | 450;

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    padding: `0 ${tokens.spacingHorizontalM}`,
    backgroundColor: "#107C41",
    color: "#FFFFFF",
    minHeight: "44px",
  },
  title: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  tools: { flexGrow: 1, flexWrap: "wrap", backgroundColor: "transparent" },
  label: { color: "#FFFFFF", fontSize: tokens.fontSizeBase200, paddingRight: tokens.spacingHorizontalXS },
  tool: {
    color: "#FFFFFF",
    ":hover": { color: "#FFFFFF", backgroundColor: "rgba(255,255,255,0.16)" },
    ":hover:active": { color: "#FFFFFF", backgroundColor: "rgba(255,255,255,0.24)" },
  },
  checked: {
    backgroundColor: "#FFFFFF",
    color: "#0B5A2F",
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { backgroundColor: "#F3F3F3", color: "#0B5A2F" },
    ":hover:active": { backgroundColor: "#E6E6E6", color: "#0B5A2F" },
  },
  file: { display: "none" },
});

export interface ToolbarProps {
  lang: Lang;
  width: PaneWidth;
  busy: boolean;
  onLang(lang: Lang): void;
  onWidth(width: PaneWidth): void;
  onOpen(file: File): void;
  onDownload(): void;
  onReset(): void;
}

export function Toolbar({ lang, width, busy, onLang, onWidth, onOpen, onDownload, onReset }: ToolbarProps) {
  const styles = useStyles();
  const text = useWorkbenchText();
  const input = useRef<HTMLInputElement>(null);
  const radio = (checked: boolean) => mergeClasses(styles.tool, checked && styles.checked);
  return (
    <header className={styles.bar}>
      <Text className={styles.title}>{text("title")}</Text>
      <FluentToolbar
        className={styles.tools}
        size="small"
        aria-label={text("toolbar")}
        checkedValues={{ lang: [lang], width: [String(width)] }}
        onCheckedValueChange={(_, d) => {
          if (d.name === "lang") onLang(d.checkedItems[0] as Lang);
          if (d.name === "width") onWidth(Number(d.checkedItems[0]) as PaneWidth);
        }}
      >
        <span className={styles.label}>{text("language")}</span>
        <ToolbarRadioGroup aria-label={text("language")}>
          <ToolbarRadioButton className={radio(lang === "zh-CN")} appearance="transparent" name="lang" value="zh-CN" disabled={busy}>
            中文
          </ToolbarRadioButton>
          <ToolbarRadioButton className={radio(lang === "en-US")} appearance="transparent" name="lang" value="en-US" disabled={busy}>
            English
          </ToolbarRadioButton>
        </ToolbarRadioGroup>
        <ToolbarDivider />
        <span className={styles.label}>{text("paneWidth")}</span>
        <ToolbarRadioGroup aria-label={text("paneWidth")}>
          {(["320", "450"] as const).map((w) => (
            <ToolbarRadioButton key={w} className={radio(String(width) === w)} appearance="transparent" name="width" value={w}>
              {`${w} px`}
            </ToolbarRadioButton>
          ))}
        </ToolbarRadioGroup>
        <ToolbarDivider />
        <ToolbarButton className={styles.tool} icon={<FolderOpen20Regular />} disabled={busy} onClick={() => input.current?.click()}>
          {text("open")}
        </ToolbarButton>
        <input
          ref={input}
          className={styles.file}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={text("openLabel")}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) onOpen(file);
          }}
        />
        <ToolbarButton className={styles.tool} icon={<ArrowDownload20Regular />} disabled={busy} onClick={onDownload}>
          {text("download")}
        </ToolbarButton>
        <ToolbarButton className={styles.tool} icon={<ArrowReset20Regular />} disabled={busy} onClick={onReset}>
          {text("reset")}
        </ToolbarButton>
      </FluentToolbar>
    </header>
  );
}
