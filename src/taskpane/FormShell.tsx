/**
 * The frame every form that writes rows shares (logging, a new customer, a new review): a titled
 * form, the problems found before writing, and Save / Cancel — Save disabled while writing.
 */
import { Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { type Lang, t } from "../core/i18n";
import type { Writer } from "./useWriter";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  issues: { margin: 0, paddingInlineStart: "1.2em", color: tokens.colorPaletteRedForeground1 },
});

export interface FormShellProps {
  title: string;
  lang: Lang;
  writer: Writer;
  issues: string[];
  onSubmit(): void;
  onCancel(): void;
  children: React.ReactNode;
}

export function FormShell({ title, lang, writer, issues, onSubmit, onCancel, children }: FormShellProps) {
  const styles = useStyles();
  return (
    <form
      className={styles.form}
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Subtitle2 as="h3">{title}</Subtitle2>
      {children}
      {issues.length > 0 && (
        <ul className={styles.issues} role="alert">
          {issues.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" size="small" disabled={writer.state.busy}>
          {writer.state.busy ? t(lang, "log.writing") : t(lang, "log.save")}
        </Button>
        <Button type="button" size="small" onClick={onCancel}>
          {t(lang, "log.cancel")}
        </Button>
      </div>
    </form>
  );
}
