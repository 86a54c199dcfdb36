import { getTranslations } from "next-intl/server";
import { assessDepartments } from "@/db/queries/assessment";
import { assessmentRules } from "@/lib/assessment-rules";
import { getActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { problemResponse } from "@/lib/http/problem";
import { assessmentWorkbook } from "@/lib/services/assessment/export-assessment";
import { recordExport } from "@/lib/services/audit/record-export";
import { warningContext } from "@/lib/warning-context";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** GET ?year=2026 → the assessment of every department the caller may see, as .xlsx. */
export async function GET(request: Request): Promise<Response> {
  const t = await getTranslations();
  const actor = await getActor();
  if (!actor) return problemResponse(new AppError("UNAUTHENTICATED", "unauthenticated"), t);
  const context = warningContext();
  const year = Number(new URL(request.url).searchParams.get("year") ?? context.today.slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return problemResponse(new AppError("VALIDATION", "validationFailed", { fieldErrors: { year: ["invalid"] } }), t);
  }
  try {
    const rules = assessmentRules();
    const results = await assessDepartments(actor, year, context.today, context.timeZone, rules);
    const body = await assessmentWorkbook(year, results, rules);
    await recordExport(actor, "assessment", { year, departments: results.length });
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": attachmentDisposition(`${year}年度考核.xlsx`),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return problemResponse(error, t);
  }
}
