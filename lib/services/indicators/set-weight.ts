import { eq } from "drizzle-orm";
import { frameworkIndicators } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { AppError, staleVersion } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import { updateAtVersion } from "@/lib/services/versioned-update";
import type { ZIndicatorWeightSchema } from "@/lib/validation/indicators";
import type { z } from "@/lib/validation/zod";
import { lockFramework } from "./framework-lock";

/** 考核 weight of an indicator (null: inherit the nearest ancestor's, else 1). */
export async function setIndicatorWeight(actor: TActor, input: z.output<typeof ZIndicatorWeightSchema>) {
  assertCan(actor, "indicator:manage");
  return inTransaction(async (tx) => {
    const [row] = await tx.select().from(frameworkIndicators).where(eq(frameworkIndicators.id, input.id));
    if (!row) throw new AppError("NOT_FOUND", "indicators.errors.indicatorNotFound");
    const framework = await lockFramework(tx, row.frameworkId);
    if (row.version !== input.version) throw staleVersion();
    const weight = input.weight === null ? null : input.weight.toFixed(2);
    const after = await updateAtVersion(tx, frameworkIndicators, row.id, input.version, { weight }, "indicators.errors.indicatorNotFound");
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "indicator.weight",
      entityType: "framework_indicator",
      entityId: row.id,
      data: { frameworkCode: framework.code, code: row.code, from: row.weight, to: weight },
      ip: actor.ip,
    });
    return after;
  });
}
