import { z } from "@/lib/validation/zod";
import { ZApiId } from "./common";
import { component } from "./component";

const count = z.number().int().min(0);

export const ZApiDashboardOverview = component(
  "DashboardOverview",
  z
    .object({
      totals: z.object({ total: count, assigned: count, inProgress: count, submitted: count, completed: count, cancelled: count }).strict(),
      warnings: z.object({ red: count, yellow: count, green: count, overdue: count }).strict(),
      departments: z.array(
        z
          .object({
            departmentId: ZApiId,
            departmentName: z.string(),
            total: count,
            completed: count,
            completedOnTime: count,
            overdue: count,
            noticesReceived: count,
            averageDaysOverdue: z.number().nullable(),
            /** Completed on time ÷ (completed + overdue), in percent; null when nothing is due yet. */
            onTimeRate: z.number().nullable(),
          })
          .strict(),
      ),
    })
    .strict()
    .meta({ description: "Over published tasks; department rows rank the departments by what they lead" }),
);
