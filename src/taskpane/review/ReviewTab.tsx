/**
 * The asset review in the pane (SPEC 5): pick a client and a review date, see the figures the
 * sheet will show, build the review sheet (native pie and column charts), save its charts as
 * PNG, record a new review, and the book's maturity calendar (30/60/90 days).
 */
import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Divider,
  Field,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import { formatDay } from "../../core/dates";
import { type Lang, t } from "../../core/i18n";
import { MATURITY_WINDOWS, computeReview, maturityCalendar, reviewDates } from "../../core/review";
import { classLabel, reviewFailureText, riskText, tierLabel, watchText } from "../../core/reviewView";
import type { BuildReviewResult, Place, WorkbookHost } from "../../excel/host";
import { formatAmount } from "../numbers";
import { useListStyles } from "../listStyles";
import { hostErrorText } from "../hostError";
import { ReviewForm } from "./ReviewForm";
import type { Writer } from "../useWriter";
import { reviewReport } from "../../core/reviewHtml";
import { useLatestMessage } from "../latestMessage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  client: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  warn: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  figures: { display: "grid", gridTemplateColumns: "auto 1fr", gap: "0 12px", fontVariantNumeric: "tabular-nums" },
  num: { textAlign: "end" },
  /** The book-wide heading above its hint, not run on into it (Fluent's text is inline). */
  heading: { display: "flex", flexDirection: "column", gap: "2px" },
});

export interface ReviewTabProps {
  analysis: Analysis;
  host: WorkbookHost;
  lang: Lang;
  writer: Writer;
  onSelect(place: Place): void;
}

export function ReviewTab({ analysis, host, lang, writer, onSelect }: ReviewTabProps) {
  const styles = useStyles();
  const list = useListStyles();
  const book = analysis.book;
  const reviewed = useMemo(() => book.customers.filter((c) => reviewDates(book, c.index).length > 0), [book]);
  const [id, setId] = useState<string>(() => reviewed[0]?.id ?? book.customers[0]?.id ?? "");
  const customer = book.customers.find((c) => c.id === id);
  const dates = customer ? reviewDates(book, customer.index) : [];
  const [picked, setPicked] = useState<number>();
  const date = picked !== undefined && dates.includes(picked) ? picked : dates[dates.length - 1];
  const result = customer && date !== undefined ? computeReview(book, customer.id, date) : undefined;
  const review = result?.ok ? result.review : undefined;
  const [built, setBuilt] = useState<BuildReviewResult>();
  const [busy, setBusy] = useState(false);
  // An object per message: the same sentence twice is two messages (latestMessage.tsx).
  const [message, setMessage] = useState<{ text: string }>();
  const messageIsLatest = useLatestMessage(message);
  const [recording, setRecording] = useState(false);
  const calendar = useMemo(() => maturityCalendar(book, analysis.asOf), [book, analysis.asOf]);
  const assetsSheet = book.tables.assets?.table.sheet;

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage({ text: await work() });
    } catch (e) {
      const text = hostErrorText(e, "write", lang);
      setMessage({ text: [text.message, text.detail].filter(Boolean).join(" ") });
    } finally {
      setBusy(false);
    }
  };
  const build = () =>
    run(async () => {
      const r = await host.buildReview(lang, id, date);
      setBuilt(r);
      return r.ok
        ? t(lang, r.created ? "taskpane.review.built" : "taskpane.review.rebuilt", { sheet: r.sheet })
        : reviewFailureText(r, lang);
    });
  // The report to send: the very HTML `crm review --out` writes, made here from the book the pane
  // read (no request leaves the pane), saved through the web view's download.
  const saveReport = () =>
    run(async () => {
      if (!review) return "";
      const name = `${t(lang, "review.title")}-${review.name || review.id}-${formatDay(review.date)}.html`;
      saveFile(name, new Blob([reviewReport(book, review, lang)], { type: "text/html;charset=utf-8" }));
      return t(lang, "taskpane.review.reportSaved", { file: name });
    });
  const savePng = () =>
    run(async () => {
      if (!built?.ok) return "";
      const images = await host.reviewImages(built.layout.key);
      for (const img of images) download(`${built.sheet}-${img.name}.png`, img.png);
      return t(lang, "taskpane.review.saved", { count: images.length });
    });

  if (!book.tables.assets) return <Body1 className={list.muted}>{t(lang, "review.error.noAssetsTable")}</Body1>;
  return (
    <section className={styles.root} aria-labelledby="review-heading">
      <Subtitle2 as="h2" id="review-heading">
        {t(lang, "review.title")}
      </Subtitle2>
      {/* One client's part in a frame; the book-wide list below it, under its own heading. */}
      <div
        className={styles.client}
        role="group"
        aria-label={t(lang, "taskpane.review.clientPart")}
        data-testid="review-client"
      >
        <div className={styles.row}>
          <Field label={t(lang, "review.header.client")}>
            <Select value={id} onChange={(_, d) => (setId(d.value), setPicked(undefined), setBuilt(undefined))}>
              {[...reviewed, ...book.customers.filter((c) => !reviewed.includes(c))].map((c) => (
                <option key={c.key} value={c.id}>
                  {t(lang, "text.nameWithId", { name: c.name, id: c.id })}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t(lang, "review.header.date")}>
            <Select
              value={date === undefined ? "" : String(date)}
              onChange={(_, d) => (setPicked(Number(d.value)), setBuilt(undefined))}
              disabled={dates.length === 0}
            >
              {dates.map((d) => (
                <option key={d} value={String(d)}>
                  {formatDay(d)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        {review ? (
          <div className={styles.card} aria-label={t(lang, "taskpane.review.figures")}>
            <Body1>
              <strong>{tierLabel(review.tier, lang)}</strong>
              {review.watch && <span className={styles.warn}>{` · ${watchText(review, lang)}`}</span>}
            </Body1>
            <Caption1 className={review.riskExceeded ? styles.warn : list.muted}>{riskText(review, lang)}</Caption1>
            <div className={styles.figures}>
              {(["assets", "liabilities", "netWorth"] as const).map((k) => (
                <Row
                  key={k}
                  label={t(lang, `review.totals.${k}`)}
                  value={formatAmount(review.totals[k], lang)}
                  numClass={styles.num}
                />
              ))}
              {review.noAssets ? (
                <Caption1 className={styles.warn}>{t(lang, "review.noAssets")}</Caption1>
              ) : (
                review.mix.map((m) => (
                  <Row
                    key={m.class}
                    label={classLabel(m.class, lang)}
                    value={`${(m.share * 100).toFixed(1)}%`}
                    numClass={styles.num}
                  />
                ))
              )}
            </div>
          </div>
        ) : (
          <Caption1 className={list.muted}>
            {customer ? t(lang, "review.error.noReviews", { id: customer.id, name: customer.name }) : ""}
          </Caption1>
        )}
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy || !review} onClick={() => void build()}>
            {t(lang, "taskpane.review.build")}
          </Button>
          <Button disabled={busy || !review} onClick={() => void saveReport()}>
            {t(lang, "taskpane.review.report")}
          </Button>
          <Button disabled={busy || !built?.ok} onClick={() => void savePng()}>
            {t(lang, "taskpane.review.png")}
          </Button>
          <Button disabled={busy || !customer} onClick={() => setRecording(true)}>
            {t(lang, "taskpane.review.new")}
          </Button>
        </div>
        {message && message.text && messageIsLatest && <Body1 role="status">{message.text}</Body1>}
        {recording && customer && (
          <ReviewForm
            analysis={analysis}
            id={customer.id}
            lang={lang}
            writer={writer}
            onDone={() => setRecording(false)}
          />
        )}
      </div>
      <Divider />
      <div data-testid="review-book" className={styles.heading}>
        <Subtitle2 as="h2" id="maturity-heading">
          {t(lang, "taskpane.review.maturities", { count: calendar.length })}
        </Subtitle2>
        <Caption1 as="p" className={list.muted}>
          {t(lang, "taskpane.review.bookWide")}
        </Caption1>
      </div>
      {calendar.length === 0 ? (
        <Caption1 className={list.muted}>{t(lang, "review.maturing.none")}</Caption1>
      ) : (
        MATURITY_WINDOWS.map((w) => {
          const items = calendar.filter((m) => m.window === w);
          return (
            items.length > 0 && (
              <div key={w}>
                <Caption1 className={list.muted}>{t(lang, "taskpane.review.window", { days: w })}</Caption1>
                <ul className={list.list} aria-labelledby="maturity-heading">
                  {items.map((m) => (
                    <li key={`${m.customer}-${m.row}`}>
                      <button
                        type="button"
                        className={list.item}
                        disabled={!assetsSheet}
                        onClick={() => assetsSheet && onSelect({ sheet: assetsSheet, row: m.row })}
                      >
                        <span className={list.text}>
                          {t(lang, "taskpane.review.maturityItem", {
                            name: m.customerName,
                            holding: m.name || classLabel(m.class, lang),
                            date: formatDay(m.maturity),
                            days: m.days,
                            value: formatAmount(m.value, lang),
                          })}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )
          );
        })
      )}
    </section>
  );
}

function Row({ label, value, numClass }: { label: string; value: string; numClass: string }) {
  return (
    <>
      <Caption1>{label}</Caption1>
      <Caption1 className={numClass}>{value}</Caption1>
    </>
  );
}

/** Saves a base64 PNG through the browser's download (the pane's web view, or the workbench). */
function download(fileName: string, base64: string): void {
  saveHref(fileName, `data:image/png;base64,${base64}`);
}

/** Saves a file made in the pane (a blob: URL is local; nothing is sent anywhere). */
function saveFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  saveHref(fileName, url);
  // Revoked after the download has taken the bytes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function saveHref(fileName: string, href: string): void {
  const a = document.createElement("a");
  a.href = href;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}
