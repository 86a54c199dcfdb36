import type { TTransitionRefusal } from "@/lib/domain/task-workflow";
import { AppError } from "@/lib/errors";

/** How each refusal of the pure rule reaches the user: status, and message key. */
export function transitionRefusal(refusal: TTransitionRefusal): AppError {
  switch (refusal) {
    case "forbidden_role":
      return new AppError("FORBIDDEN", "forbidden");
    case "wrong_department":
      return new AppError("FORBIDDEN", "notLeadDepartment");
    case "wrong_status":
      return new AppError("CONFLICT", "wrongStatus");
    case "reason_required":
      return new AppError("RULE", "reasonRequired", { fieldErrors: { reason: ["reasonRequired"] } });
    case "completion_note_required":
      return new AppError("RULE", "completionNoteRequired", { fieldErrors: { reason: ["completionNoteRequired"] } });
    case "progress_report_required":
      return new AppError("RULE", "progressReportRequired");
    case "lead_and_due_required":
      return new AppError("RULE", "leadAndDueRequired");
  }
}
