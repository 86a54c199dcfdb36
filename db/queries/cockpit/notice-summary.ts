import "server-only";
import { count, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { notices } from "@/db/schema";
import type { TNoticeKind } from "@/lib/domain/codes";
import type { TWarningContext } from "@/lib/domain/warning";
import { assertCan, type TActorRoles } from "@/lib/domain/permissions";

export type TNoticeSummaryRow = { kind: TNoticeKind; issued: number; signed: number; responded: number; closed: number; late: number };

/** Notices by kind and status, with late answers (answered after, or still open past, the response date). */
export async function noticeSummary(actor: TActorRoles, context: TWarningContext): Promise<TNoticeSummaryRow[]> {
  assertCan(actor, "data:read_all");
  const db = await getDb();
  const respondedDay = sql`(${notices.respondedAt} at time zone ${context.timeZone})::date`;
  const rows = await db
    .select({
      kind: notices.kind,
      total: count(),
      issued: sql<number>`count(*) filter (where ${notices.status} = 'issued')`,
      signed: sql<number>`count(*) filter (where ${notices.status} = 'signed')`,
      responded: sql<number>`count(*) filter (where ${notices.status} = 'responded')`,
      closed: sql<number>`count(*) filter (where ${notices.status} = 'closed')`,
      late: sql<number>`count(*) filter (where ${notices.kind} <> 'circular' and ${notices.responseDueDate} is not null and (
        (${notices.respondedAt} is not null and ${respondedDay} > ${notices.responseDueDate})
        or (${notices.respondedAt} is null and ${notices.status} in ('issued', 'signed') and ${context.today}::date > ${notices.responseDueDate})))`,
    })
    .from(notices)
    .where(ne(notices.status, "draft"))
    .groupBy(notices.kind);
  return rows.map((r) => ({ kind: r.kind, issued: Number(r.issued), signed: Number(r.signed), responded: Number(r.responded), closed: Number(r.closed), late: Number(r.late) }));
}
