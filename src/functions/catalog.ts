/**
 * The CRM.* functions as a table of entries (HyperFormula's shape): each entry names its
 * parameters and result kind and is a thin, synchronous wrapper over the core, evaluated
 * against a snapshot. `functions.ts` (Excel), `evaluate.ts` (workbench, CLI) and the engine
 * all go through this table, so a formula means the same thing everywhere.
 */
import type { CustomerScore } from "../core/analyze";
import { type Day, dayFromSerial, formatDay, serialFromDay } from "../core/dates";
import { type Review, computeReview, reviewDates } from "../core/review";
import { tierLabel } from "../core/reviewView";
import { type Lang, t } from "../core/i18n";
import { planAction, planChannelText, planReasonText } from "../core/plan";
import { place } from "../core/quadrant";
import { type Quadrant, isQuadrant, strategyText } from "../core/strategy";
import { type Read, isOmitted, readId, readNumber, readOptionalNumber } from "./args";
import { type Card, type DateCell, customerCard } from "./card";
import { type ErrorValue, errorValue } from "./runtime";
import type { Snapshot } from "./snapshot";
import { gapsText } from "../core/coverage/text";
import { lastMove, stampText } from "../core/history";
import { extraSales, segmentText } from "../core/accounts";

export const FUNCTION_IDS = [
  "QUADRANT",
  "AMOUNT",
  "CLOSENESS",
  "STRATEGY",
  "BORDERLINE",
  "LASTCONTACT",
  "NEXTVISIT",
  "QUADRANTOF",
  "PLAN",
  "CUSTOMER",
  "GAPS",
  "ASSETS",
  "TIER",
  "MOVED",
  "SEGMENT",
  "EXTRASALES",
] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

/** What a function gives back before a host shapes it (see present.ts). */
export type Value = string | number | boolean | DateCell | string[][] | Card;
export type Result = Value | ErrorValue;

/** How a host should show the value: a date becomes a formatted serial, a card an entity. */
export type ResultKind = "text" | "number" | "boolean" | "date" | "table" | "card";

export interface ParamDef {
  readonly name: string;
  readonly optional?: boolean;
}

/** What an evaluation can see: the results language and, when it needs one, the snapshot. */
export interface Context {
  readonly lang: Lang;
  /** Present when `needsBook` said so and the workbook could be read. */
  readonly snap?: Snapshot;
  /** Why there is no snapshot (the read failed), for the #N/A message. */
  readonly readError?: string;
}

export interface FunctionDef {
  readonly id: FunctionId;
  readonly params: readonly ParamDef[];
  readonly returns: ResultKind;
  /** False when these arguments are answered without the workbook (a bad argument, explicit thresholds …). */
  needsBook(args: readonly unknown[]): boolean;
  /**
   * The result depends only on the score of the customer whose ID is the first argument (and on
   * whether there is one): an edit that leaves that score alone leaves the result alone.
   */
  readonly scoreOnly?: boolean;
  run(ctx: Context, args: readonly unknown[]): Result;
}

const na = (message: string): ErrorValue => errorValue("#N/A", message);

/** The snapshot, or the #N/A that explains why there is none. */
function bookOf(ctx: Context): Read<Snapshot> {
  if (ctx.snap) return { ok: true, value: ctx.snap };
  return { ok: false, error: na(t(ctx.lang, "functions.error.readFailed", { detail: ctx.readError ?? "" })) };
}

/** The customer an ID argument names: #VALUE! for a bad argument, #N/A naming an unknown ID. */
function customerOf(ctx: Context, arg: unknown): Read<{ snap: Snapshot; score: CustomerScore }> {
  const id = readId(arg, ctx.lang);
  if (!id.ok) return id;
  const book = bookOf(ctx);
  if (!book.ok) return book;
  const snap = book.value;
  const lang = ctx.lang;
  if (!snap.hasCustomers)
    return { ok: false, error: na(t(lang, "functions.error.noCustomerTable", { id: id.value.text })) };
  const score = snap.score(id.value.key);
  if (score) return { ok: true, value: { snap, score } };
  const other = snap.lookalike(id.value.key);
  return {
    ok: false,
    error: na(
      other !== undefined && other !== id.value.text
        ? t(lang, "functions.error.unknownIdLookalike", { id: id.value.text, other })
        : t(lang, "functions.error.unknownId", { id: id.value.text }),
    ),
  };
}

/** A function of one customer ID. */
function byId(
  id: FunctionId,
  returns: ResultKind,
  value: (s: CustomerScore, snap: Snapshot, lang: Lang) => Result,
  scoreOnly = false,
): FunctionDef {
  return {
    id,
    params: [{ name: "id" }],
    returns,
    scoreOnly,
    needsBook: (args) => readId(args[0], "en-US").ok,
    run(ctx, args) {
      const c = customerOf(ctx, args[0]);
      return c.ok ? value(c.value.score, c.value.snap, ctx.lang) : c.error;
    },
  };
}

const dateOf = (snap: Snapshot, day: number): DateCell => ({ serial: serialFromDay(day, snap.date1904) });

/** `II`, `ii`, `Ⅱ` (the Roman-numeral character), ` II ` → II. */
function quadrantArg(arg: unknown): Quadrant | undefined {
  if (typeof arg !== "string") return undefined;
  const q = arg.normalize("NFKC").trim().toUpperCase();
  return isQuadrant(q) ? q : undefined;
}

const ASSETS_DATE = { param: "functions.param.reviewDate", nonNegative: true } as const;

/**
 * The client's review on or before `serial` (a date serial; the latest review when omitted):
 * #N/A saying so when there is none.
 */
function reviewAt(snap: Snapshot, s: CustomerScore, serial: number | undefined, lang: Lang): Read<Review> {
  const book = snap.analysis.book;
  const dates = reviewDates(book, s.index);
  const until = serial === undefined ? undefined : dayFromSerial(Math.floor(serial), book.date1904);
  const candidates = until === undefined ? dates : dates.filter((d) => d <= until);
  const day: Day | undefined = candidates[candidates.length - 1];
  if (day === undefined)
    return {
      ok: false,
      error: na(
        until === undefined
          ? t(lang, "functions.error.noReview", { id: s.id })
          : t(lang, "functions.error.noReviewBy", { id: s.id, date: formatDay(until) }),
      ),
    };
  const r = computeReview(book, s.id, day);
  // The ID and date come from the book itself, so the review exists.
  if (!r.ok) return { ok: false, error: na(t(lang, "functions.error.noReview", { id: s.id })) };
  return { ok: true, value: r.review };
}

const QUADRANTOF_PARAMS = {
  amount: { param: "functions.param.amount" },
  closeness: { param: "functions.param.closeness", nonNegative: true },
  amountThreshold: { param: "functions.param.amountThreshold", nonNegative: true },
  closenessThreshold: { param: "functions.param.closenessThreshold", nonNegative: true },
} as const;

const EXTRASALES_LOSS = { param: "functions.param.loss", nonNegative: true } as const;
const EXTRASALES_MARGIN = { param: "functions.param.margin" } as const;

/** A margin is a fraction above 0 and at most 1 (2 % is 0.02): anything else would be a wrong number. */
function readMargin(arg: unknown, lang: Lang): Read<number | undefined> {
  const m = readOptionalNumber(arg, EXTRASALES_MARGIN, lang);
  if (!m.ok || m.value === undefined || (m.value > 0 && m.value <= 1)) return m;
  return { ok: false, error: errorValue("#VALUE!", t(lang, "functions.error.margin", { value: m.value })) };
}

export const FUNCTIONS: Readonly<Record<FunctionId, FunctionDef>> = {
  QUADRANT: byId("QUADRANT", "text", (s) => s.quadrant, true),
  AMOUNT: byId("AMOUNT", "number", (s) => s.amount, true),
  CLOSENESS: byId("CLOSENESS", "number", (s) => s.closeness, true),
  BORDERLINE: byId("BORDERLINE", "boolean", (s) => s.borderline, true),
  LASTCONTACT: byId(
    "LASTCONTACT",
    "date",
    (s, snap, lang) =>
      s.lastContact === undefined
        ? na(t(lang, "functions.error.neverContacted", { id: s.id }))
        : dateOf(snap, s.lastContact),
    true,
  ),
  NEXTVISIT: byId("NEXTVISIT", "date", (s, snap) => dateOf(snap, s.nextVisit), true),
  CUSTOMER: byId("CUSTOMER", "card", (s, snap) => customerCard(snap, s)),
  GAPS: byId("GAPS", "text", (s, snap, lang) => gapsText(snap.coverage().households[s.index], lang)),
  TIER: byId("TIER", "text", (s, snap, lang) => {
    const r = reviewAt(snap, s, undefined, lang);
    return r.ok ? tierLabel(r.value.tier, lang) : r.error;
  }),

  ASSETS: {
    id: "ASSETS",
    params: [{ name: "id" }, { name: "date", optional: true }],
    returns: "number",
    needsBook: (args) => readId(args[0], "en-US").ok && readOptionalNumber(args[1], ASSETS_DATE, "en-US").ok,
    run(ctx, args) {
      const date = readOptionalNumber(args[1], ASSETS_DATE, ctx.lang);
      if (!date.ok) return date.error;
      const c = customerOf(ctx, args[0]);
      if (!c.ok) return c.error;
      const r = reviewAt(c.value.snap, c.value.score, date.value, ctx.lang);
      return r.ok ? r.value.totals.assets : r.error;
    },
  },
  MOVED: byId("MOVED", "text", (s, snap, lang) => movedText(s, snap, lang)),
  // The segment's name alone, as the segment column holds it (filterable); #N/A without a potential.
  SEGMENT: byId("SEGMENT", "text", (s, snap, lang) => {
    const seg = snap.accounts().byCustomer[s.index];
    return seg ? segmentText(seg.segment, lang) : na(t(lang, "functions.error.noPotential", { id: s.id }));
  }),

  EXTRASALES: {
    id: "EXTRASALES",
    params: [{ name: "loss" }, { name: "margin", optional: true }],
    returns: "number",
    needsBook: (args) => isOmitted(args[1]) && readNumber(args[0], EXTRASALES_LOSS, "en-US").ok,
    run(ctx, args) {
      const loss = readNumber(args[0], EXTRASALES_LOSS, ctx.lang);
      if (!loss.ok) return loss.error;
      const margin = readMargin(args[1], ctx.lang);
      if (!margin.ok) return margin.error;
      if (margin.value !== undefined) return extraSales(loss.value, margin.value);
      const book = bookOf(ctx);
      return book.ok ? extraSales(loss.value, book.value.analysis.book.settings.profitMargin) : book.error;
    },
  },

  STRATEGY: {
    id: "STRATEGY",
    params: [{ name: "idOrQuadrant" }],
    returns: "text",
    // A quadrant numeral wins over a customer whose ID happens to be "II": the numeral form
    // must mean the same in every workbook.
    needsBook: (args) => quadrantArg(args[0]) === undefined && readId(args[0], "en-US").ok,
    run(ctx, args) {
      const q = quadrantArg(args[0]);
      if (q) return strategyText(q, ctx.lang);
      const c = customerOf(ctx, args[0]);
      if (c.ok) return strategyText(c.value.score.quadrant, ctx.lang);
      if (c.error.error === "#N/A" && ctx.snap?.hasCustomers) {
        const id = readId(args[0], ctx.lang);
        if (id.ok) return na(t(ctx.lang, "functions.error.unknownIdOrQuadrant", { id: id.value.text }));
      }
      return c.error;
    },
  },

  QUADRANTOF: {
    id: "QUADRANTOF",
    params: [
      { name: "amount" },
      { name: "closeness" },
      { name: "amountThreshold", optional: true },
      { name: "closenessThreshold", optional: true },
    ],
    returns: "text",
    needsBook: (args) => isOmitted(args[2]) || isOmitted(args[3]),
    run(ctx, args) {
      const lang = ctx.lang;
      const amount = readNumber(args[0], QUADRANTOF_PARAMS.amount, lang);
      if (!amount.ok) return amount.error;
      const closeness = readNumber(args[1], QUADRANTOF_PARAMS.closeness, lang);
      if (!closeness.ok) return closeness.error;
      const ta = readOptionalNumber(args[2], QUADRANTOF_PARAMS.amountThreshold, lang);
      if (!ta.ok) return ta.error;
      const tk = readOptionalNumber(args[3], QUADRANTOF_PARAMS.closenessThreshold, lang);
      if (!tk.ok) return tk.error;
      let thresholds = { amount: ta.value ?? 0, closeness: tk.value ?? 0 };
      if (ta.value === undefined || tk.value === undefined) {
        const book = bookOf(ctx);
        if (!book.ok) return book.error;
        const own = book.value.thresholds;
        thresholds = { amount: ta.value ?? own.amount, closeness: tk.value ?? own.closeness };
      }
      // The margin only decides "borderline", which QUADRANTOF does not return.
      return place(amount.value, closeness.value, thresholds, 0).quadrant;
    },
  },

  PLAN: {
    id: "PLAN",
    params: [],
    returns: "table",
    needsBook: () => true,
    run(ctx) {
      const book = bookOf(ctx);
      if (!book.ok) return book.error;
      const lang = ctx.lang;
      const plan = book.value.plan();
      if (plan.length === 0) return na(t(lang, "functions.error.emptyPlan"));
      return plan.map((item) => [
        item.name || item.id,
        planReasonText(item, lang),
        planChannelText(item, lang),
        planAction(item, lang),
      ]);
    },
  },
};

/** The customer's last quadrant change and when it was recorded, from the migration history. */
function movedText(s: CustomerScore, snap: Snapshot, lang: Lang): Result {
  const history = snap.history();
  if (!history) return na(t(lang, "functions.error.noHistory"));
  const move = lastMove(history, s.key);
  if (!move) return na(t(lang, "functions.error.neverMoved", { id: s.id }));
  return t(lang, "functions.moved", {
    from: move.from!,
    to: move.to!,
    date: stampText(move.stamp, snap.date1904),
  });
}

/** Runs one function: the single entry point every host uses. */
export function runFunction(id: FunctionId, ctx: Context, args: readonly unknown[]): Result {
  const result = FUNCTIONS[id].run(ctx, args);
  if (typeof result === "number" && !Number.isFinite(result)) {
    // Never a wrong number: a non-finite figure is a bug, shown as #N/A rather than as a value.
    return na(`CRM.${id}: ${String(result)}`);
  }
  return result;
}
