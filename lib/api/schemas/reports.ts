import { z } from "@/lib/validation/zod";
import { ZApiDate, ZApiDateTime, ZApiId } from "./common";
import { component } from "./component";
import { ZApiNotice } from "./notices";

const count = z.number().int().min(0);

export const ZApiPlanList = component(
  "PlanList",
  z
    .object({
      items: z.array(
        z
          .object({
            id: ZApiId,
            title: z.string(),
            year: z.number().int(),
            status: z.enum(["draft", "active", "archived"]),
            goals: count,
            tasks: count,
            createdAt: ZApiDateTime,
          })
          .strict(),
      ),
    })
    .strict(),
);

export const ZApiAnnualReport = component(
  "AnnualReport",
  z
    .object({
      planId: ZApiId,
      year: z.number().int(),
      title: z.string(),
      asOf: ZApiDate.meta({ description: "The day the draft was written; overdue days are counted to it" }),
      figures: z
        .object({ tasks: count, completed: count, completedOnTime: count, completionRate: count, overdue: count, inProgress: count, returned: count, extended: count, notices: count })
        .strict(),
      departments: z.array(z.object({ name: z.string(), tasks: count, completed: count, completedOnTime: count, overdue: count, returned: count }).strict()),
      paragraphs: z.array(
        z
          .object({
            id: z.string().meta({ description: "Stable for the same plan and data: an author's edit stays on its paragraph" }),
            kind: z.enum(["title", "opening", "heading1", "heading2", "body", "prompt", "signature", "date"]),
            text: z.string().meta({ description: "Text in 【】 asks the author to fill in what the records do not say" }),
            taskIds: z.array(ZApiId).meta({ description: "The tasks the paragraph was written from" }),
          })
          .strict(),
      ),
    })
    .strict(),
);

export const ZApiMonthlyCircular = component(
  "MonthlyCircular",
  z
    .object({
      notice: ZApiNotice,
      totals: z.object({ due: count, completedOnTime: count, overdue: count, returned: count, unanswered: count }).strict(),
      ranking: z.array(
        z
          .object({
            departmentId: ZApiId,
            name: z.string(),
            due: count,
            completedOnTime: count,
            overdue: z.array(z.object({ taskId: ZApiId, title: z.string(), days: count }).strict()),
            returned: count,
            unanswered: count,
            onTimeRate: count,
          })
          .strict(),
      ),
    })
    .strict(),
);
