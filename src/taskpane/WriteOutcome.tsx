/** What the last write from the pane did: the row it appended (with a way to go there), or why nothing was written. */
import { Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { type Lang, t } from "../core/i18n";
import type { Place } from "../excel/host";
import type { Writer } from "./useWriter";
import { useLatestMessage } from "./latestMessage";

export function WriteOutcome({ writer, lang, onSelect }: { writer: Writer; lang: Lang; onSelect(place: Place): void }) {
  const { written, error } = writer.state;
  // A later message elsewhere in the pane (a refresh, an import) replaces this one.
  const latest = useLatestMessage(written || error ? writer.state : undefined);
  if (!latest) return null;
  if (error) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!written || written.appended === 0) return null;
  return (
    <MessageBar intent="success">
      <MessageBarBody>
        {t(lang, "log.written", { sheet: written.sheet, row: written.firstRow })}{" "}
        <Link as="button" onClick={() => onSelect({ sheet: written.sheet, row: written.firstRow })}>
          {t(lang, "log.goThere")}
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}
