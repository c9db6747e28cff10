/**
 * One customer whole: the card (SPEC 2), quadrant and strategy, next visit, birthday, why the
 * quadrant is what it is, the follow-up timeline, purchases, assets and policies, and the forms to
 * record a follow-up or a purchase. Everything the user typed is rendered as text (React escapes),
 * so markup in a name shows as typed.
 */
import { useMemo, useState } from "react";
import { Button, Caption1, Subtitle1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import { customerField } from "../../core/book";
import { explainCustomer } from "../../core/customer/explain";
import { defaultChannel } from "../../core/customer/logRows";
import { formatDay } from "../../core/dates";
import { parseDate } from "../../core/parse/date";
import type { Cell } from "../../core/table";
import { type Lang, t } from "../../core/i18n";
import { daysToBirthday } from "../../core/plan";
import { TABLES, caption } from "../../core/schema";
import { relationshipName, quadrantName, strategyText } from "../../core/strategy";
import type { Place } from "../../excel/host";
import { QUADRANT_COLORS } from "../../excel/palette";
import { CustomerHistory } from "./CustomerHistory";
import { FollowUpForm, PurchaseForm } from "../plan/LogForms";
import type { Writer } from "../useWriter";
import { WhyQuadrant } from "./WhyQuadrant";
import { CoverageSection } from "../coverage/CoverageSection";
import { CustomerAccounts } from "../accounts/CustomerAccounts";
import { bookCoverage, householdJson } from "../../core/coverage";
import { useListStyles } from "../listStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  name: { overflowWrap: "anywhere" },
  badge: { padding: `2px ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusMedium, fontWeight: tokens.fontWeightSemibold },
  facts: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalM, rowGap: "2px", margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The card fields of SPEC 2 after ID and name, in the schema's order. */
const CARD_FIELDS = TABLES.customers.columns.filter((c) => c.key !== "id" && c.key !== "name" && c.key !== "birthday");

export interface Customer360Props {
  analysis: Analysis;
  index: number;
  lang: Lang;
  writer: Writer;
  onSelect(place: Place): void;
  /** Makes the customer's printable coverage sheet (SPEC 5b) and returns its name. */
  onCoverageSheet?(customerId: string): Promise<string>;
}

export function Customer360({ analysis, index, lang, writer, onSelect, onCoverageSheet }: Customer360Props) {
  const styles = useStyles();
  const list = useListStyles();
  const [form, setForm] = useState<"followUp" | "purchase" | undefined>();
  const e = useMemo(() => explainCustomer(analysis, index), [analysis, index]);
  const coverage = useMemo(() => bookCoverage(analysis), [analysis]);
  const c = analysis.book.customers[index];
  const s = analysis.scores[index];
  const colors = QUADRANT_COLORS[s.quadrant];
  const days = daysToBirthday(c.birthday, analysis.asOf);
  const sheet = analysis.book.tables.customers?.table.sheet;

  const facts: [string, string][] = [
    [caption(TABLES.customers.columns[0], lang), c.id],
    [t(lang, "c360.label.strategy"), strategyText(s.quadrant, lang)],
    [t(lang, "c360.label.nextVisit"), formatDay(s.nextVisit)],
    [t(lang, "c360.label.lastContact"), s.lastContact === undefined ? t(lang, "c360.never") : formatDay(s.lastContact)],
  ];
  if (c.birthday !== undefined && days !== undefined) {
    const date = formatDay(c.birthday);
    facts.push([
      caption(TABLES.customers.columns.find((x) => x.key === "birthday")!, lang),
      days === 0
        ? t(lang, "c360.birthday.today", { date })
        : days === 1
          ? t(lang, "c360.birthday.tomorrow", { date })
          : t(lang, "c360.birthday.days", { date, days }),
    ]);
  }
  // The card's own fields (up to ~20) come after the why: what a rep opens the view for is on top.
  const profile: [string, string][] = [];
  for (const col of CARD_FIELDS) {
    const value = customerField(analysis.book, c, col.key);
    if (value) profile.push([caption(col, lang), col.kind === "date" ? dateText(analysis, c.cells[analysis.book.tables.customers!.cols.get(col.key)!], value) : value]);
  }
  const factList = (rows: [string, string][], testId?: string) => (
    <dl className={styles.facts} data-testid={testId}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );

  return (
    <article className={styles.root} aria-labelledby="c360-name" data-testid="customer-360">
      <header>
        <Subtitle1 as="h2" id="c360-name" className={styles.name}>
          {c.name || c.id}
        </Subtitle1>
        <div>
          <span className={styles.badge} style={{ background: colors.fill, color: colors.font }}>
            {t(lang, "c360.quadrantLine", { quadrant: s.quadrant, relationship: relationshipName(s.quadrant, lang), name: quadrantName(s.quadrant, lang) })}
          </span>
          {s.borderline && <Caption1> · {t(lang, "c360.borderline")}</Caption1>}
        </div>
      </header>
      {factList(facts)}
      <div className={styles.actions}>
        <Button size="small" onClick={() => setForm("followUp")}>
          {t(lang, "log.action.followUp")}
        </Button>
        <Button size="small" onClick={() => setForm("purchase")}>
          {t(lang, "log.action.purchase")}
        </Button>
        {sheet && (
          <Button size="small" appearance="subtle" onClick={() => onSelect({ sheet, row: c.row })}>
            {t(lang, "c360.goToRow")}
          </Button>
        )}
      </div>
      {form === "followUp" && (
        <FollowUpForm
          analysis={analysis}
          index={index}
          lang={lang}
          writer={writer}
          mode="log"
          channel={defaultChannel(s.quadrant)}
          onDone={() => setForm(undefined)}
          onCancel={() => setForm(undefined)}
        />
      )}
      {form === "purchase" && (
        <PurchaseForm analysis={analysis} index={index} lang={lang} writer={writer} onDone={() => setForm(undefined)} onCancel={() => setForm(undefined)} />
      )}
      <WhyQuadrant analysis={analysis} explanation={e} lang={lang} onSelect={onSelect} />
      <CustomerAccounts analysis={analysis} index={index} lang={lang} />
      {profile.length > 0 && (
        <section aria-labelledby="c360-profile">
          <Subtitle2 as="h3" id="c360-profile">
            {t(lang, "c360.profile")}
          </Subtitle2>
          {factList(profile, "c360-profile")}
        </section>
      )}
      <section aria-labelledby="c360-coverage" data-testid="c360-coverage">
        <Subtitle2 as="h3" id="c360-coverage">
          {t(lang, "coverage.heading")}
        </Subtitle2>
        <CoverageSection household={householdJson(coverage.households[index], coverage.renewals)} lang={lang} onSheet={onCoverageSheet} />
      </section>
      <CustomerHistory analysis={analysis} index={index} lang={lang} onSelect={onSelect} />
      <Caption1 className={list.muted}>{t(lang, "c360.follow.hint")}</Caption1>
    </article>
  );
}

/** A date cell as the card shows it: the day the core reads, else the text as written. */
function dateText(analysis: Analysis, cell: Cell, shown: string): string {
  const p = parseDate(cell, analysis.book.date1904);
  return p.ok ? formatDay(p.value.day) : shown;
}
