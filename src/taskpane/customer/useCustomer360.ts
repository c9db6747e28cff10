/**
 * The 360 view's state: which customer is shown (kept by ID key, so it survives a refresh that
 * reorders the book), following the user's selection in any linked sheet, and the writer that
 * appends rows and reads the book again.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Analysis } from "../../core/analyze";
import { customerAtRow } from "../../core/customer/rowCustomer";
import type { Lang } from "../../core/i18n";
import type { WorkbookHost } from "../../excel/host";
import { type Writer, useWriter } from "../useWriter";

export interface Customer360State {
  /** Index of the customer shown, in the current analysis. */
  index?: number;
  show(index: number): void;
  writer: Writer;
}

export function useCustomer360(host: WorkbookHost, analysis: Analysis | undefined, lang: Lang, refresh: () => Promise<void>): Customer360State {
  const [key, setKey] = useState<string>();
  const latest = useRef(analysis);
  latest.current = analysis;
  const writer = useWriter(host, analysis, lang, refresh);

  const show = useCallback((index: number) => {
    const c = latest.current?.book.customers[index];
    if (c) setKey(c.key);
  }, []);

  // Follow the selection once there is a book to look rows up in; one subscription for the pane's life.
  const hasBook = analysis !== undefined;
  useEffect(() => {
    if (!hasBook) return;
    let unsubscribe: (() => Promise<void>) | undefined;
    let cancelled = false;
    Promise.resolve()
      .then(() =>
        host.onSelectionChanged(({ sheet, row }) => {
          const a = latest.current;
          const index = a && customerAtRow(a.book, sheet, row);
          if (index !== undefined) setKey(a!.book.customers[index].key);
        }),
      )
      .then((u) => {
        if (cancelled) void u().catch(() => undefined);
        else unsubscribe = u;
      })
      .catch(() => undefined); // a host without selection events: search still works
    return () => {
      cancelled = true;
      void unsubscribe?.().catch(() => undefined);
    };
  }, [host, hasBook]);

  const index = key === undefined ? undefined : analysis?.book.byKey.get(key);
  return { index, show, writer };
}
