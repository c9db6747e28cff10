/**
 * A file picker in the pane's own controls and language: a Fluent button that opens the system's
 * dialog, and the chosen file's name beside it. The browser's own input ("Choose File", "No file
 * chosen") is in the browser's language, not the pane's, so it stays hidden behind the button.
 */
import { useRef } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { type Lang, t } from "../../core/i18n";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  name: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
});

export interface FilePickerProps {
  accept: string;
  lang: Lang;
  /** The chosen file's name (shown beside the button), if any. */
  fileName?: string;
  onPick(file: File | undefined): void;
  id?: string;
  testId?: string;
}

export function FilePicker({ accept, lang, fileName, onPick, id, testId }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.row}>
      <Button id={id} icon={<DocumentArrowUp20Regular />} onClick={() => input.current?.click()}>
        {t(lang, "filePicker.choose")}
      </Button>
      <Caption1 className={styles.name}>{fileName ?? t(lang, "filePicker.none")}</Caption1>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={accept}
        data-testid={testId}
        tabIndex={-1}
        aria-hidden
        onChange={(e) => {
          onPick(e.target.files?.[0]);
          // The same file picked again (after fixing it) is a new pick.
          e.target.value = "";
        }}
      />
    </div>
  );
}
