/**
 * The customer's records, newest first: follow-ups (the timeline), every purchase, assets and
 * policies, each row a button that selects it in its sheet. Assets and policies are shown raw
 * here; the coverage matrix and the asset review plug into the marked slot.
 */
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import { formatDay } from "../../core/dates";
import { type Lang, t } from "../../core/i18n";
import { ASSET_CLASSES, CHANNELS, COVER_TYPES, PAYMENT_STATUSES, type EnumValue, caption } from "../../core/schema";
import type { TableKey } from "../../core/table";
import type { Place } from "../../excel/host";
import { useListStyles } from "../listStyles";
import { formatAmount } from "../numbers";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  amount: { marginInlineStart: "auto", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  date: { flexShrink: 0, fontVariantNumeric: "tabular-nums", color: tokens.colorNeutralForeground3 },
});

export interface CustomerHistoryProps {
  analysis: Analysis;
  index: number;
  lang: Lang;
  onSelect(place: Place): void;
}

interface Line {
  row: number;
  date?: number;
  text: string;
  amount?: number;
}

function enumText(values: readonly EnumValue[], key: string | undefined, lang: Lang): string {
  const v = values.find((x) => x.key === key);
  return v ? caption(v, lang) : (key ?? "");
}

export function CustomerHistory({ analysis, index, lang, onSelect }: CustomerHistoryProps) {
  const styles = useStyles();
  const list = useListStyles();
  const { book } = analysis;
  const newestFirst = (a: Line, b: Line) => (b.date ?? 0) - (a.date ?? 0) || b.row - a.row;
  const join = (...parts: (string | undefined)[]) => parts.filter((p) => p && p.trim()).join(" · ");

  const followUps: Line[] = book.followUps
    .filter((f) => f.customer === index)
    .map((f) => ({
      row: f.row,
      date: f.day,
      text: join(
        enumText(CHANNELS, f.channel, lang),
        f.summary,
        f.outcome,
        f.nextDay === undefined ? undefined : t(lang, "c360.history.next", { date: formatDay(f.nextDay) }),
      ),
    }))
    .sort(newestFirst);
  const purchases: Line[] = book.purchases
    .ofCustomer(index)
    .map((p) => ({ row: p.row, date: p.day, text: join(p.product, p.status && p.status !== "paid" ? enumText(PAYMENT_STATUSES, p.status, lang) : undefined), amount: p.amount }))
    .sort(newestFirst);
  const assets: Line[] = book.assets
    .filter((a) => a.customer === index)
    .map((a) => ({ row: a.row, date: a.reviewDay, text: join(enumText(ASSET_CLASSES, a.assetClass, lang), a.name, a.riskLevel), amount: a.value }))
    .sort(newestFirst);
  const policies: Line[] = book.policies
    .filter((p) => p.customer === index)
    .map((p) => ({
      row: p.row,
      date: p.endDay,
      text: join(p.insured, enumText(COVER_TYPES, p.coverType, lang), p.insurer, p.policyNo),
      amount: p.sumInsured,
    }))
    .sort((a, b) => a.row - b.row);

  const section = (key: TableKey, heading: string, lines: Line[]) => {
    const sheet = book.tables[key]?.table.sheet;
    return (
      <div key={key}>
        <Subtitle2 as="h3" id={`c360-${key}`}>
          {t(lang, heading, { count: lines.length })}
        </Subtitle2>
        {lines.length === 0 ? (
          <div>
            <Caption1 className={list.muted}>{t(lang, "c360.history.empty")}</Caption1>
          </div>
        ) : (
          <ol className={list.list} aria-labelledby={`c360-${key}`}>
            {lines.map((l) => (
              <li key={l.row}>
                <button type="button" className={list.item} disabled={!sheet} onClick={() => sheet && onSelect({ sheet, row: l.row })}>
                  {l.date !== undefined && <span className={styles.date}>{formatDay(l.date)}</span>}
                  <span className={list.text}>{l.text || "—"}</span>
                  {l.amount !== undefined && <span className={styles.amount}>{formatAmount(l.amount, lang)}</span>}
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
    );
  };

  return (
    <section className={styles.root}>
      {section("followUps", "c360.history.followUps", followUps)}
      {section("purchases", "c360.history.purchases", purchases)}
      {/* Slot: the asset review (a12) and the coverage matrix (h15) replace or follow these raw lists. */}
      <div data-slot="asset-review">{section("assets", "c360.history.assets", assets)}</div>
      <div data-slot="coverage-matrix">{section("policies", "c360.history.policies", policies)}</div>
    </section>
  );
}
