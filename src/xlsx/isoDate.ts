/** ISO 8601 date cells (`t="d"`, valid in the file format, rare in practice) as Excel serials. */
import { dayFromYmd, serialFromDay } from "../core/dates";

/** `2026-03-05T14:30:00` → its Excel serial (the fraction keeps the time of day); undefined if not a date. */
export function serialOfIso(iso: string, date1904: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso.trim());
  const day = m ? dayFromYmd(+m[1], +m[2], +m[3]) : undefined;
  if (!m || day === undefined) return undefined;
  const seconds = (Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) * 60 + Number(m[6] ?? 0);
  return serialFromDay(day, date1904) + seconds / 86_400;
}
