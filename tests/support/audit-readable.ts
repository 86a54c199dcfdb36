import { asc } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents } from "@/db/schema";
import { describeAuditData } from "@/lib/domain/audit-description";
import { isAuditAction, readAuditData } from "@/lib/domain/audit-events";

/** Set by a test that forges an event on purpose: the file's events are then not checked. */
export const auditTampered = { value: false };

/**
 * Every event in the database that names an action of the vocabulary, read
 * through that action's schema: the ones that do not match (a writer that
 * drifted from its schema) and how many were read. Probes, which name no
 * action of the vocabulary, are left out.
 */
export async function unreadableAuditEvents() {
  const rows = await (await getDb()).select({ id: auditEvents.id, action: auditEvents.action, data: auditEvents.data }).from(auditEvents).orderBy(asc(auditEvents.id));
  const known = rows.filter((row) => isAuditAction(row.action));
  const unreadable = known.filter((row) => !isAuditAction(row.action) || readAuditData(row.action, row.data) === null || describeAuditData(row.action, row.data) === null);
  return { read: known.length, actions: new Set(known.map((row) => row.action)), unreadable };
}
