/**
 * The frame every form that writes rows shares (logging, a new customer, a new review): a titled
 * form, the problems found before writing, and Save / Cancel — Save disabled while writing.
 * The browser's own validation is off (noValidate): its bubble ("Please fill out this field.")
 * speaks the browser's language, not the pane's. A problem is said under its field in Fluent's
 * validation message (fieldMessage); the rest above the buttons.
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
      noValidate
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

/** What a form found wrong: by field (said under the field) and the rest (said above the buttons). */
export interface FormIssues {
  fields: Record<string, string>;
  other: string[];
}

export const NO_ISSUES: FormIssues = { fields: {}, other: [] };

export function hasIssues(i: FormIssues): boolean {
  return i.other.length > 0 || Object.keys(i.fields).length > 0;
}

/** Issues split by the fields the form shows: a field it does not show is said above the buttons. */
export function formIssues(issues: { field: string; text: string }[], shown: readonly string[]): FormIssues {
  const out: FormIssues = { fields: {}, other: [] };
  for (const i of issues) {
    if (shown.includes(i.field) && !(i.field in out.fields)) out.fields[i.field] = i.text;
    else out.other.push(i.text);
  }
  return out;
}

/** Fluent Field props for one field's problem. */
export function fieldMessage(issues: FormIssues, field: string): { validationState?: "error"; validationMessage?: string } {
  const text = issues.fields[field];
  return text ? { validationState: "error", validationMessage: text } : {};
}
