/**
 * `crm team --json` (SPEC 8): `{ asOf, reps: [{ rep, file, customers, quadrants: { I: { count,
 * amount } … }, problems: { errors, warnings }, planToday, contactsLast30Days }], totals, shared:
 * [{ id, reps }] }`, with what the issue adds beside the SPEC's fields: each rep's `revenueMix`
 * (amounts and shares against seeds/003's 75/15/10) and `movements` (the latest refresh in the
 * book's crmHistory, or null), and each shared customer's `match` (id or phone) and, unless
 * anonymized, its `name`. A book that could not be used is `{ rep, file, error }`.
 */
import type { Lang } from "../../core/i18n";
import { formatDay } from "../../core/dates";
import { type RepFigures, mixShares, type teamTotals } from "../../core/team/summary";
import type { TeamReport } from "../../core/team/report";

type Figures = Omit<RepFigures, "movements"> & { movements: RepFigures["movements"] | ReturnType<typeof teamTotals>["movements"] };

function figuresJson(f: Figures) {
  return {
    customers: f.customers,
    quadrants: f.quadrants,
    problems: f.problems,
    planToday: f.planToday,
    contactsLast30Days: f.contactsLast30Days,
    revenueMix: { ...f.revenueMix, shares: mixShares(f.revenueMix) ?? null },
    movements: f.movements,
  };
}

export function teamJson(r: TeamReport, lang: Lang) {
  return {
    asOf: formatDay(r.asOf),
    reps: r.reps.map((x) => (x.figures ? { rep: x.rep, file: x.file, ...figuresJson(x.figures) } : { rep: x.rep, file: x.file, error: x.error![lang] })),
    totals: figuresJson(r.totals),
    shared: r.shared.map((s) => ({ id: s.id, reps: s.reps, match: s.match, ...(r.anonymized ? {} : { name: s.name }) })),
  };
}
