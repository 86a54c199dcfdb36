import { TZDate } from "@date-fns/tz";
import { addDays, format, isValid, lastDayOfMonth, parseISO } from "date-fns";

// Due dates are calendar days (YYYY-MM-DD) in the configured time zone, never
// instants: "today" is computed there, whatever the server's own zone.

/** Today's date in the time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date): string {
  return format(new TZDate(now.getTime(), timeZone), "yyyy-MM-dd");
}

const DAY_MS = 86_400_000;
const utcDay = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/** Whole days from a to b (b − a); both YYYY-MM-DD. */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcDay(b) - utcDay(a)) / DAY_MS);
}

export function addDaysTo(date: string, days: number): string {
  return format(addDays(parseISO(date), days), "yyyy-MM-dd");
}

export function endOfMonthOf(date: string): string {
  return format(lastDayOfMonth(parseISO(date)), "yyyy-MM-dd");
}

/** The calendar day of an instant in the time zone. */
export function dayOf(instant: Date, timeZone: string): string {
  return todayIn(timeZone, instant);
}

/** A real calendar day written YYYY-MM-DD (2030-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = parseISO(value);
  return isValid(date) && format(date, "yyyy-MM-dd") === value;
}
