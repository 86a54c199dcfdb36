import { z } from "@/lib/validation/zod";
import { TASK_STATUSES } from "@/lib/domain/codes";
import { ZApiDate, ZApiId } from "./common";
import { component } from "./component";

const plan = z.object({ id: ZApiId, year: z.number().int(), title: z.string(), status: z.enum(["draft", "active", "archived"]) }).strict();

export const ZApiRollover = component(
  "Rollover",
  z
    .object({
      plan: plan.nullable().meta({ description: "The target year's plan; null on a dryRun" }),
      target: z
        .object({ id: ZApiId.nullable(), title: z.string(), year: z.number().int(), exists: z.boolean() })
        .strict()
        .meta({ description: "The plan the tasks go to: an existing one, or the one the rollover creates (id null until then)" }),
      carried: z.array(
        z
          .object({
            fromTaskId: ZApiId,
            taskId: ZApiId.nullable().meta({ description: "The successor; null on a dryRun" }),
            title: z.string(),
            status: z.enum(TASK_STATUSES),
            version: z.number().int().meta({ description: "Send it back in `tasks` to refuse a task changed meanwhile (409)" }),
            leadDepartment: z.string().nullable(),
            progress: z.number().int(),
            dueDate: ZApiDate.nullable().meta({ description: "The old task's due date, kept on it" }),
            newDueDate: ZApiDate,
          })
          .strict(),
      ),
      skipped: z.array(
        z
          .object({
            fromTaskId: ZApiId,
            reason: z.enum(["alreadyCarried", "finished", "notInPlan"]),
            taskId: ZApiId.nullable().meta({ description: "The successor of a task carried before" }),
          })
          .strict(),
      ),
    })
    .strict(),
);
