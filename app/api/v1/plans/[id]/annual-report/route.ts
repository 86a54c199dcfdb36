import { getAnnualReport } from "@/db/queries/annual-report/annual-report";
import { annualReportEndpoint } from "@/lib/api/endpoints/reports";
import { apiRoute } from "@/lib/api/route";
import { annualReportDocxStream } from "@/lib/documents/annual-report-docx";
import { DOCX_MEDIA_TYPE } from "@/lib/documents/docx-media-type";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { recordExport } from "@/lib/services/audit/record-export";

export const GET = apiRoute(annualReportEndpoint, async ({ params, query, request }, actor) => {
  const view = await getAnnualReport(actor, params.id);
  if (!view) throw new AppError("NOT_FOUND", "notFound");
  const wantsDocx = query.format === "docx" || (query.format !== "json" && (request.headers.get("accept") ?? "").includes(DOCX_MEDIA_TYPE));
  if (!wantsDocx) return view.report;
  // The file leaves the system: audited before the download starts.
  await recordExport(actor, "annual_report", { planId: view.report.planId, year: view.report.year });
  return new Response(annualReportDocxStream(view.report), {
    headers: {
      "Content-Type": DOCX_MEDIA_TYPE,
      "Content-Disposition": attachmentDisposition(`${view.report.title}（草稿）.docx`),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
