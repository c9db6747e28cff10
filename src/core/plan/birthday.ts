/** Birthdays on the plan (SPEC 4): the next one from the as-of date, 29 February kept in other years. */
import { type Day, dayFromYmd, ymdOfDay } from "../dates";

/** Days from `asOf` to the next birthday (0 = today); 29 February falls on 28 February in other years. */
export function daysToBirthday(birthday: Day | undefined, asOf: Day): number | undefined {
  if (birthday === undefined) return undefined;
  const b = ymdOfDay(birthday);
  const today = ymdOfDay(asOf);
  for (const year of [today.year, today.year + 1]) {
    const day = dayFromYmd(year, b.month, b.day) ?? dayFromYmd(year, 2, 28)!;
    if (day >= asOf) return day - asOf;
  }
  return undefined;
}
