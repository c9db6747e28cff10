/**
 * The small forms that record what happened: a follow-up (done, rescheduled, or logged from the
 * 360 view), a purchase, a new customer. Each offers only the columns the user's table has, checks
 * the row with the core before writing, and names what is wrong in the user's language — a date
 * under its field (Fluent's validation message), the rest above the buttons.
 */
import { useState } from "react";
import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import { type Day, formatDay, parseIsoDay } from "../../core/dates";
import { type Lang, t } from "../../core/i18n";
import { PAYMENT_STATUSES, TABLES, caption } from "../../core/schema";
import type { TableKey } from "../../core/table";
import { parseAmount } from "../../core/parse/amount";
import type { NewRow, RowIssue } from "../../core/customer/newRows";
import { suggestCustomerId } from "../../core/customer/newRows";
import { CONTACT_CHANNELS, type FollowUpDateIssue, followUpDateIssues, followUpRow, purchaseRow, rescheduleRow } from "../../core/customer/logRows";
import { type Writer, issueText } from "../useWriter";
import { type FormIssues, FormShell, NO_ISSUES, fieldMessage, formIssues, hasIssues } from "../FormShell";

/** The column caption in the user's language. */
function label(table: TableKey, key: string, lang: Lang): string {
  return caption(TABLES[table].columns.find((c) => c.key === key)!, lang);
}

function has(a: Analysis, table: TableKey, key: string): boolean {
  return a.book.tables[table]?.cols.has(key) ?? false;
}

/** Writes, and turns the result into what the form shows (nothing when written): under the `shown` fields, or above the buttons. */
async function submit(writer: Writer, table: TableKey, rows: NewRow[], lang: Lang, shown: readonly string[], extra: RowIssue[] = []): Promise<FormIssues> {
  const said = (issues: RowIssue[]) => formIssues(issues.map((i) => ({ field: i.field, text: issueText(i, table, lang) })), shown);
  if (extra.length) return said(extra);
  const result = await writer.append(table, rows);
  if ("error" in result) return { fields: {}, other: [result.error] };
  return said(result);
}

function dayOf(text: string): number | undefined {
  return text.trim() ? parseIsoDay(text) : undefined;
}

export interface FollowUpFormProps {
  analysis: Analysis;
  index: number;
  lang: Lang;
  writer: Writer;
  /** "log": a contact (done, or from the 360 view); "reschedule": a 改约 row dated today with the new date. */
  mode: "log" | "reschedule";
  /** The channel key preselected (the plan's: visit, phone, wechat …). */
  channel: string;
  onDone(): void;
  onCancel(): void;
}

/** A date input's text: undefined when empty, null when not a date. */
function typedDay(text: string): Day | null | undefined {
  return text.trim() ? (parseIsoDay(text) ?? null) : undefined;
}

export function FollowUpForm({ analysis: a, index, lang, writer, mode, channel: initialChannel, onDone, onCancel }: FollowUpFormProps) {
  const [date, setDate] = useState(formatDay(a.asOf));
  const [channel, setChannel] = useState(initialChannel);
  const [summary, setSummary] = useState("");
  const [outcome, setOutcome] = useState("");
  const [next, setNext] = useState("");
  const [issues, setIssues] = useState<string[]>([]);
  const [fieldIssues, setFieldIssues] = useState<FollowUpDateIssue[]>([]);
  const name = a.book.customers[index].name;
  const today = formatDay(a.asOf);
  // A rescheduling is told from a contact only by its channel: without that column it cannot be recorded.
  const noChannel = mode === "reschedule" && !has(a, "followUps", "channel");

  const message = (field: FollowUpDateIssue["field"]) => {
    const issue = fieldIssues.find((i) => i.field === field);
    return issue && t(lang, `plan.log.error.${issue.code}`, { date: issue.code === "beforeVisit" ? date : today });
  };

  const onSubmit = async () => {
    const day = mode === "reschedule" ? a.asOf : typedDay(date);
    const nextDay = typedDay(next);
    const dateIssues = followUpDateIssues(mode, day, nextDay, a.asOf);
    setFieldIssues(dateIssues);
    if (dateIssues.length || noChannel) return;
    const row =
      mode === "reschedule"
        ? rescheduleRow(a, index, nextDay as Day, summary)
        : followUpRow(a, index, { day: day as Day, channel, summary, outcome, nextDay: nextDay ?? undefined });
    const found = await submit(writer, "followUps", [row], lang, []);
    setIssues(found.other.concat(Object.values(found.fields)));
    if (!hasIssues(found)) onDone();
  };

  const field = (key: FollowUpDateIssue["field"]) => {
    const text = message(key);
    return text ? { validationState: "error" as const, validationMessage: text } : {};
  };

  if (noChannel)
    return (
      <FormShell title={t(lang, "plan.log.rescheduleTitle", { name })} lang={lang} writer={writer} issues={[t(lang, "plan.log.error.noChannelColumn")]} onSubmit={() => undefined} onCancel={onCancel}>
        {null}
      </FormShell>
    );

  return (
    <FormShell
      title={t(lang, mode === "reschedule" ? "plan.log.rescheduleTitle" : "log.form.followUp", { name })}
      lang={lang}
      writer={writer}
      issues={issues}
      onSubmit={() => void onSubmit()}
      onCancel={onCancel}
    >
      {mode === "reschedule" ? (
        <>
          <Field label={t(lang, "plan.log.rescheduleTo")} required {...field("nextDate")}>
            <Input type="date" value={next} onChange={(_, d) => setNext(d.value)} />
          </Field>
          {has(a, "followUps", "summary") && (
            <Field label={t(lang, "plan.log.rescheduleWhy")}>
              <Input value={summary} onChange={(_, d) => setSummary(d.value)} />
            </Field>
          )}
        </>
      ) : (
        <>
          <Field label={label("followUps", "date", lang)} required {...field("date")}>
            <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
          </Field>
          {has(a, "followUps", "channel") && (
            <Field label={label("followUps", "channel", lang)}>
              <Select value={channel} onChange={(_, d) => setChannel(d.value)}>
                {CONTACT_CHANNELS.map((c) => (
                  <option key={c.key} value={c.key}>
                    {caption(c, lang)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {has(a, "followUps", "summary") && (
            <Field label={label("followUps", "summary", lang)}>
              <Textarea value={summary} onChange={(_, d) => setSummary(d.value)} resize="vertical" />
            </Field>
          )}
          {has(a, "followUps", "outcome") && (
            <Field label={label("followUps", "outcome", lang)}>
              <Input value={outcome} onChange={(_, d) => setOutcome(d.value)} />
            </Field>
          )}
          {has(a, "followUps", "nextDate") && (
            <Field label={label("followUps", "nextDate", lang)} {...field("nextDate")}>
              <Input type="date" value={next} onChange={(_, d) => setNext(d.value)} />
            </Field>
          )}
        </>
      )}
    </FormShell>
  );
}

export interface PurchaseFormProps {
  analysis: Analysis;
  index: number;
  lang: Lang;
  writer: Writer;
  onDone(): void;
  onCancel(): void;
}

export function PurchaseForm({ analysis: a, index, lang, writer, onDone, onCancel }: PurchaseFormProps) {
  const [date, setDate] = useState(formatDay(a.asOf));
  const [product, setProduct] = useState("");
  const [amount, setAmount] = useState("");
  const [status, setStatus] = useState("paid");
  const [issues, setIssues] = useState<FormIssues>(NO_ISSUES);

  const onSubmit = async () => {
    const bad: RowIssue[] = [];
    const day = dayOf(date);
    if (day === undefined) bad.push({ field: "date", code: date.trim() ? "notANumber" : "missing" });
    // The pane reads amounts as the core does (¥1,200.50, 1.2万): what is written is the number.
    const parsed = amount.trim() ? parseAmount(amount) : undefined;
    if (!parsed) bad.push({ field: "amount", code: "missing" });
    else if (!parsed.ok) bad.push({ field: "amount", code: "notANumber" });
    const value = parsed?.ok ? parsed.value.value : 0;
    const found = await submit(writer, "purchases", [purchaseRow(a, index, { day: day ?? a.asOf, product, amount: value, status })], lang, ["date", "product", "amount", "paymentStatus"], bad);
    setIssues(found);
    if (!hasIssues(found)) onDone();
  };

  return (
    <FormShell
      title={t(lang, "log.form.purchase", { name: a.book.customers[index].name })}
      lang={lang}
      writer={writer}
      issues={issues.other}
      onSubmit={() => void onSubmit()}
      onCancel={onCancel}
    >
      <Field label={label("purchases", "date", lang)} required {...fieldMessage(issues, "date")}>
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      {has(a, "purchases", "product") && (
        <Field label={label("purchases", "product", lang)} {...fieldMessage(issues, "product")}>
          <Input value={product} onChange={(_, d) => setProduct(d.value)} />
        </Field>
      )}
      <Field label={label("purchases", "amount", lang)} required {...fieldMessage(issues, "amount")}>
        <Input inputMode="decimal" value={amount} onChange={(_, d) => setAmount(d.value)} />
      </Field>
      {has(a, "purchases", "paymentStatus") && (
        <Field label={label("purchases", "paymentStatus", lang)} {...fieldMessage(issues, "paymentStatus")}>
          <Select value={status} onChange={(_, d) => setStatus(d.value)}>
            {PAYMENT_STATUSES.map((s) => (
              <option key={s.key} value={s.key}>
                {caption(s, lang)}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </FormShell>
  );
}

export interface CustomerFormProps {
  analysis: Analysis;
  lang: Lang;
  writer: Writer;
  onDone(): void;
  onCancel(): void;
}

/** The customer fields the form offers (the rest the rep fills in the sheet). */
const CUSTOMER_FIELDS = ["phone", "birthday", "occupation", "source", "notes"] as const;

export function CustomerForm({ analysis: a, lang, writer, onDone, onCancel }: CustomerFormProps) {
  const suggested = suggestCustomerId(a.book);
  const [id, setId] = useState(suggested);
  const [name, setName] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<FormIssues>(NO_ISSUES);

  const onSubmit = async () => {
    const bad: RowIssue[] = [];
    const row: NewRow = { id: id.trim(), name: name.trim() };
    for (const key of CUSTOMER_FIELDS) {
      const v = (fields[key] ?? "").trim();
      if (!v) continue;
      if (key === "birthday") {
        const day = parseIsoDay(v);
        if (day === undefined) bad.push({ field: key, code: "notANumber" });
        else row[key] = { day };
      } else row[key] = v;
    }
    const shown = ["id", "name", ...CUSTOMER_FIELDS.filter((k) => has(a, "customers", k))];
    const found = await submit(writer, "customers", [row], lang, shown, bad);
    setIssues(found);
    if (!hasIssues(found)) onDone();
  };

  return (
    <FormShell title={t(lang, "log.form.customer")} lang={lang} writer={writer} issues={issues.other} onSubmit={() => void onSubmit()} onCancel={onCancel}>
      <Field label={label("customers", "id", lang)} required hint={t(lang, "log.form.idHint", { id: suggested })} {...fieldMessage(issues, "id")}>
        <Input value={id} onChange={(_, d) => setId(d.value)} />
      </Field>
      <Field label={label("customers", "name", lang)} required {...fieldMessage(issues, "name")}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      {CUSTOMER_FIELDS.filter((k) => has(a, "customers", k)).map((key) => (
        <Field key={key} label={label("customers", key, lang)} {...fieldMessage(issues, key)}>
          <Input
            type={key === "birthday" ? "date" : "text"}
            value={fields[key] ?? ""}
            onChange={(_, d) => setFields((f) => ({ ...f, [key]: d.value }))}
          />
        </Field>
      ))}
    </FormShell>
  );
}
