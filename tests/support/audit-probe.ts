import type { TAuditAction } from "@/lib/domain/audit-events";

/** A made-up action for tests of the audit chain itself (the vocabulary holds only real events). */
export const probe = (name: string) => name as TAuditAction;

/** A probe's data: a made-up action has no schema to hold it to. */
export const probeData = (data: Record<string, unknown>) => data as never;
