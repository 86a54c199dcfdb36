import { formatDay } from "@/lib/format";

type TBodyTranslator = { has: (key: string) => boolean; (key: string, values: { date: string }): string };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The line under a notification. The daily reminders store the day they are
 * about (a due date, an answer date) as an ISO day, so the inbox writes it in
 * the reader's words — 完成时限：2026年12月3日 — rather than showing the code.
 * Any other body is the sender's own text and is shown as it is.
 */
export function notificationBody(kind: string, body: string, locale: string, t: TBodyTranslator): string {
  if (!ISO_DAY.test(body) || !t.has(`bodies.${kind}`)) return body;
  return t(`bodies.${kind}`, { date: formatDay(body, locale) });
}
