import { ZId } from "./common";
import { ZDate } from "./tasks";
import { z } from "./zod";

export const ROLLOVER_MAX_TASKS = 5_000;

/**
 * 年度结转 of a plan into `targetYear`. `tasks`: the ones the preview chose, each at the
 * version it showed (a task changed since is refused with 409) and with its new due date
 * (default: the same day in the target year). Without `tasks`, every unfinished task at
 * its default date. `dryRun`: the preview; nothing is written.
 */
export const ZRolloverSchema = z
  .object({
    planId: ZId,
    targetYear: z.number().int().min(2000).max(2100),
    dryRun: z.boolean().optional().default(false),
    tasks: z
      .array(
        z
          .object({
            id: ZId,
            version: z.number().int().positive().max(2_147_483_647),
            dueDate: ZDate.optional(),
          })
          .strict(),
      )
      .min(1, { error: "rolloverNoTasks" })
      .max(ROLLOVER_MAX_TASKS)
      .optional(),
  })
  .strict();

export type TRolloverInput = z.output<typeof ZRolloverSchema>;

/** The API's body: the plan is the path's. */
export const ZRolloverBody = ZRolloverSchema.omit({ planId: true });
