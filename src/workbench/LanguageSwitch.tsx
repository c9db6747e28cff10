/**
 * Asked when the language changes while the workbook is one to keep — the demo after changes, or
 * a file the user opened: open the demo in the new language (discarding this book), keep the book
 * with the pane in the new language (the book's own language still names what the add-in adds to
 * it), or cancel. Written in the language the page is leaving, which the user is reading.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { Lang } from "../core/i18n";
import { useWorkbenchText } from "./text";

export interface LanguageSwitchProps {
  /** The language asked for; no dialog when undefined. */
  to?: Lang;
  /** The opened file's name, or undefined for the demo. */
  file?: string;
  onKeep(): void;
  onDemo(): void;
  onCancel(): void;
}

export function LanguageSwitch({ to, file, onKeep, onDemo, onCancel }: LanguageSwitchProps) {
  const text = useWorkbenchText();
  const lang = to ? text(`langName.${to}`) : "";
  return (
    <Dialog open={to !== undefined} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{text("switch.title", { lang })}</DialogTitle>
          <DialogContent>{file === undefined ? text("switch.changedDemo", { lang }) : text("switch.openedFile", { lang, file })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onKeep}>
              {text("switch.keep")}
            </Button>
            <Button onClick={onDemo}>{text("switch.demo", { lang })}</Button>
            <Button onClick={onCancel}>{text("switch.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
