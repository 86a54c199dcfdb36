import { monthlyCircularInput } from "@/db/queries/annual-report/monthly-circular-input";
import type { TActor } from "@/lib/domain/actor";
import { buildMonthlyCircular } from "@/lib/domain/monthly-circular";
import { assertCan } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { inTransaction } from "@/lib/services/transaction";
import type { ZMonthlyCircularSchema } from "@/lib/validation/notices";
import type { z } from "@/lib/validation/zod";
import { warningContext } from "@/lib/warning-context";
import { draftNotice } from "./draft-notice";

/**
 * 月度通报: counts the month per department and records the result as a draft
 * circular (kind `circular`, to every department) that a supervisor reviews,
 * numbers and issues like any other draft notice. Read and draft in one
 * transaction with its audit event.
 */
export async function draftMonthlyCircular(actor: TActor, input: z.output<typeof ZMonthlyCircularSchema>) {
  assertCan(actor, "notice:issue");
  const { today, timeZone } = warningContext();
  if (input.month > today.slice(0, 7)) throw new AppError("VALIDATION", "validationFailed", { fieldErrors: { month: ["monthNotBegun"] } });
  return inTransaction(async (tx) => {
    const circular = buildMonthlyCircular(await monthlyCircularInput(tx, input.month, today, timeZone));
    const notice = await draftNotice(
      tx,
      { kind: "circular", departmentId: null, taskIds: circular.taskIds, title: circular.title, content: circular.content, responseDueDate: null },
      actor.id,
      { ip: actor.ip, data: { month: input.month, totals: circular.totals, ranked: circular.ranking.length } },
    );
    return { notice, circular };
  });
}
