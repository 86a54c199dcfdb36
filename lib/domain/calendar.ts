import { addDays, format, isValid, lastDayOfMonth, parseISO } from "date-fns";

// Due dates are calendar days (YYYY-MM-DD) in the configured time zone, never
// instants: "today" is computed there, whatever the server's own zone.

// One formatter per zone for the life of the process: a task list asks for the
// day of each row's publication, and building a zoned date per call (TZDate
// formats several times in its constructor) cost more than the rest of the row.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormatOf(timeZone: string): Intl.DateTimeFormat {
  let dayFormat = dayFormats.get(timeZone);
  if (!dayFormat) {
    // An unknown zone throws a RangeError here, as it should.
    dayFormat = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", calendar: "gregory", numberingSystem: "latn" });
    dayFormats.set(timeZone, dayFormat);
  }
  return dayFormat;
}

/** Today's date in the time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date): string {
  let year = "";
  let month = "";
  let day = "";
  for (const part of dayFormatOf(timeZone).formatToParts(now)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return `${year.padStart(4, "0")}-${month}-${day}`;
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
