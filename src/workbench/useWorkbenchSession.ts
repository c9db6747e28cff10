/**
 * The workbook the workbench shows and how it changes: the demo in a language, a user's .xlsx, a
 * download of the current state — and a version number that moves whenever the workbook may have
 * changed (an Excel.run round trip, a recalculation, an edit in the grid), so the page redraws.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Day } from "../core/dates";
import type { Lang } from "../core/i18n";
import { BookError } from "../xlsx/bookError";
import { type Session, openSession } from "./session";
import { demoToFake } from "./demoToFake";
import { xlsxToFake } from "./xlsxToFake";
import { fakeToXlsx } from "./fakeToXlsx";
import { bookFingerprint } from "./bookChanges";

/** How often the page looks for round trips made by the add-in (ms): fast enough to feel live. */
const POLL_MS = 100;

export interface WorkbenchSession {
  session: Session;
  /** Bumped on every change; a key for memoised views of the workbook. */
  version: number;
  /** Source of the workbook: the demo (in a language) or a file. */
  source: "demo" | "file";
  busy: boolean;
  error?: string;
  openDemo(lang: Lang): void;
  openFile(file: File, lang: Lang): Promise<void>;
  download(): Promise<void>;
  /** The workbook differs from what was opened (bookChanges.ts): switching it away must ask. */
  changed(): boolean;
  /** Call after changing the workbook directly (the grid's edits and selection). */
  touched(): void;
}

export interface SessionSettings {
  initialLang: Lang;
  today: Day;
  customers?: number;
  demoFileName(lang: Lang): string;
}

export function useWorkbenchSession({ initialLang, today, customers, demoFileName }: SessionSettings): WorkbenchSession {
  const bump = useRef<() => void>(() => undefined);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [source, setSource] = useState<"demo" | "file">("demo");
  const [session, setSession] = useState<Session>(() => demoSession({ lang: initialLang, today, customers }, demoFileName(initialLang), () => bump.current()));
  const current = useRef(session);
  const opened = useRef<string>();
  opened.current ??= bookFingerprint(session.fake);
  bump.current = () => setVersion((v) => v + 1);

  const replace = useCallback((next: Session) => {
    current.current.dispose();
    current.current = next;
    opened.current = bookFingerprint(next.fake);
    setSession(next);
    bump.current();
  }, []);

  // Round trips of the add-in (set-up, refresh, select) change the workbook without telling us.
  useEffect(() => {
    let seen = session.fake.stats.syncs;
    const timer = setInterval(() => {
      if (session.fake.stats.syncs !== seen) {
        seen = session.fake.stats.syncs;
        bump.current();
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [session]);

  const openDemo = useCallback(
    (lang: Lang) => {
      setError(undefined);
      setSource("demo");
      replace(demoSession({ lang, today, customers }, demoFileName(lang), () => bump.current()));
    },
    [replace, today, customers, demoFileName],
  );

  const openFile = useCallback(
    async (file: File, lang: Lang) => {
      setBusy(true);
      setError(undefined);
      try {
        const loaded = await xlsxToFake(await file.arrayBuffer());
        setSource("file");
        replace(
          openSession(loaded.fake, {
            lang,
            fileName: file.name,
            today,
            date1904: loaded.date1904,
            formulaResults: loaded.formulaResults,
            onRecalculated: () => bump.current(),
          }),
        );
      } catch (e) {
        setError(e instanceof BookError ? e.messageIn(lang) : e instanceof Error ? e.message : String(e));
      } finally {
        setBusy(false);
      }
    },
    [replace, today],
  );

  const download = useCallback(async () => {
    const bytes = await fakeToXlsx(session.fake, session.date1904);
    const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = session.fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, [session]);

  const touched = useCallback(() => bump.current(), []);
  const changed = useCallback(() => bookFingerprint(current.current.fake) !== opened.current, []);

  return { session, version, source, busy, error, openDemo, openFile, download, touched, changed };
}

function demoSession(demo: { lang: Lang; today: Day; customers?: number }, fileName: string, onRecalculated: () => void): Session {
  const { lang, today, customers } = demo;
  return openSession(demoToFake({ lang, asOf: today, customers }), { lang, fileName, today, onRecalculated });
}
