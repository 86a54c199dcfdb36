import { assessDepartments } from "@/db/queries/assessment";
import { assessmentRules } from "@/lib/assessment-rules";
import { AppError } from "@/lib/errors";
import { downloadRoute, XLSX } from "@/lib/http/download-route";
import { assessmentWorkbook } from "@/lib/services/assessment/export-assessment";
import { recordExport } from "@/lib/services/audit/record-export";
import { warningContext } from "@/lib/warning-context";

/** GET ?year=2026 → the assessment of every department the caller may see, as .xlsx. */
export const GET = downloadRoute(async ({ request, actor }) => {
  const context = warningContext();
  const year = Number(new URL(request.url).searchParams.get("year") ?? context.today.slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new AppError("VALIDATION", "validationFailed", { fieldErrors: { year: ["invalid"] } });
  }
  const rules = assessmentRules();
  const results = await assessDepartments(actor, year, context.today, context.timeZone, rules);
  const body = await assessmentWorkbook(year, results, rules);
  await recordExport(actor, "assessment", { year, departments: results.length });
  return { body: new Uint8Array(body), fileName: `${year}年度考核.xlsx`, contentType: XLSX };
});
