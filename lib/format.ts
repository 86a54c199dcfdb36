// docs/product.md: dates as 2026年3月21日 in Chinese, YYYY-MM-DD in English.
export function formatDay(day: string | null | undefined, locale: string): string {
  if (!day) return "—";
  if (!locale.startsWith("zh")) return day;
  const [y, m, d] = day.split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** A moment shown as its calendar day and time in the app's zone. */
export function formatMoment(instant: Date | string | null | undefined, locale: string, timeZone: string): string {
  if (!instant) return "—";
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const day = `${get("year")}-${get("month")}-${get("day")}`;
  return `${formatDay(day, locale)} ${get("hour")}:${get("minute")}`;
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}
