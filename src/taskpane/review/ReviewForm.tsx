/**
 * Recording a new review: the date, then the holdings prefilled from the previous review (edit a
 * value or a maturity, add or remove a holding). Saving appends one row per holding to the assets
 * table dated the review date; no existing row is changed.
 */
import { useState } from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import { formatDay, parseIsoDay } from "../../core/dates";
import { type Lang, t } from "../../core/i18n";
import { ASSET_CLASSES, INSTITUTIONS, RISK_LEVELS, caption } from "../../core/schema";
import { parseAmount } from "../../core/parse/amount";
import { type DraftHolding, draftFromPrevious, draftProblem, draftRows } from "../../core/reviewDraft";
import { type Writer, issueText } from "../useWriter";
import { FormShell } from "../FormShell";

const useStyles = makeStyles({
  holding: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    gap: tokens.spacingHorizontalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

interface Editing {
  holding: DraftHolding;
  value: string;
  maturity: string;
}

const editing = (h: DraftHolding): Editing => ({
  holding: h,
  value: h.value === undefined ? "" : String(h.value),
  maturity: h.maturity === undefined ? "" : formatDay(h.maturity),
});

export interface ReviewFormProps {
  analysis: Analysis;
  id: string;
  lang: Lang;
  writer: Writer;
  onDone(): void;
}

export function ReviewForm({ analysis, id, lang, writer, onDone }: ReviewFormProps) {
  const styles = useStyles();
  const [dateText, setDateText] = useState(formatDay(analysis.asOf));
  const [rows, setRows] = useState<Editing[]>(() => draftFromPrevious(analysis.book, id, analysis.asOf).map(editing));
  const [issues, setIssues] = useState<string[]>([]);
  const [touched, setTouched] = useState(false);
  const update = (i: number, patch: Partial<Editing> | Partial<DraftHolding>) => {
    setTouched(true);
    setRows((list) =>
      list.map((r, k) =>
        k !== i
          ? r
          : "value" in patch || "maturity" in patch
            ? { ...r, ...(patch as Partial<Editing>) }
            : { ...r, holding: { ...r.holding, ...(patch as Partial<DraftHolding>) } },
      ),
    );
  };
  const changeDate = (text: string) => {
    setDateText(text);
    const day = parseIsoDay(text);
    // Until the rep edits a holding, a new date starts again from the review before it.
    if (day !== undefined && !touched) setRows(draftFromPrevious(analysis.book, id, day).map(editing));
  };

  const onSubmit = async () => {
    const day = parseIsoDay(dateText);
    const bad: string[] = [];
    if (day === undefined) bad.push(t(lang, "taskpane.review.badDate", { value: dateText }));
    const holdings = rows.map((r, i): DraftHolding => {
      const v = parseAmount(r.value);
      if (!v.ok) bad.push(t(lang, "taskpane.review.badValue", { n: i + 1, value: r.value }));
      const m = r.maturity.trim() === "" ? undefined : parseIsoDay(r.maturity);
      if (r.maturity.trim() !== "" && m === undefined)
        bad.push(t(lang, "taskpane.review.badMaturity", { n: i + 1, value: r.maturity }));
      return { ...r.holding, value: v.ok ? v.value.value : undefined, maturity: m };
    });
    if (day !== undefined) {
      const problem = draftProblem(analysis.book, id, day, holdings);
      if (problem) bad.push(t(lang, `taskpane.review.${problem}`, { date: formatDay(day) }));
    }
    if (bad.length > 0 || day === undefined) return setIssues(bad);
    const result = await writer.append("assets", draftRows(id, day, holdings, lang));
    if ("error" in result) return setIssues([result.error]);
    if (result.length > 0) return setIssues(result.map((i) => issueText(i, "assets", lang)));
    onDone();
  };

  const options = (values: readonly { key: string; zh: string; en: string }[], blank: boolean) => [
    ...(blank ? [<option key="" value="" />] : []),
    ...values.map((v) => (
      <option key={v.key} value={v.key}>
        {caption(v, lang)}
      </option>
    )),
  ];
  return (
    <FormShell
      title={t(lang, "taskpane.review.new")}
      lang={lang}
      writer={writer}
      issues={issues}
      onSubmit={() => void onSubmit()}
      onCancel={onDone}
    >
      <Field label={t(lang, "review.header.date")}>
        <Input value={dateText} onChange={(_, d) => changeDate(d.value)} placeholder="YYYY-MM-DD" />
      </Field>
      {rows.map((r, i) => (
        <div key={i} className={styles.holding} role="group" aria-label={`${i + 1}`}>
          <Field label={t(lang, "review.col.class")}>
            <Select value={r.holding.class} onChange={(_, d) => update(i, { class: d.value })}>
              {options(ASSET_CLASSES, false)}
            </Select>
          </Field>
          <Field label={t(lang, "review.col.name")}>
            <Input value={r.holding.name} onChange={(_, d) => update(i, { name: d.value })} />
          </Field>
          <Field label={t(lang, "review.col.institution")}>
            <Select value={r.holding.institution} onChange={(_, d) => update(i, { institution: d.value })}>
              {options(INSTITUTIONS, true)}
            </Select>
          </Field>
          <Field label={t(lang, "review.col.risk")}>
            <Select value={r.holding.riskLevel} onChange={(_, d) => update(i, { riskLevel: d.value })}>
              {options(RISK_LEVELS, true)}
            </Select>
          </Field>
          <Field label={t(lang, "review.col.value")}>
            <Input value={r.value} inputMode="decimal" onChange={(_, d) => update(i, { value: d.value })} />
          </Field>
          <Field label={t(lang, "review.col.maturity")}>
            <Input value={r.maturity} placeholder="YYYY-MM-DD" onChange={(_, d) => update(i, { maturity: d.value })} />
          </Field>
          <Button size="small" onClick={() => setRows((list) => list.filter((_, k) => k !== i))}>
            {t(lang, "taskpane.review.remove")}
          </Button>
        </div>
      ))}
      <div className={styles.buttons}>
        <Button
          size="small"
          onClick={() =>
            setRows((list) => [
              ...list,
              editing({ class: "deposits", name: "", institution: "ours", riskLevel: "", value: undefined }),
            ])
          }
        >
          {t(lang, "taskpane.review.add")}
        </Button>
      </div>
    </FormShell>
  );
}
