import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { problemResponse } from "@/lib/http/problem";
import { buildImportTemplate } from "@/lib/services/tasks/import-template";

/** GET → the task import template (.xlsx) with today's departments and goals in its drop-down lists. */
export async function GET(): Promise<Response> {
  const t = await getTranslations();
  const actor = await getActor();
  if (!actor) return problemResponse(new AppError("UNAUTHENTICATED", "unauthenticated"), t);
  try {
    const bytes = await buildImportTemplate(actor);
    return new Response(bytes, {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": attachmentDisposition("任务导入模板.xlsx"),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return problemResponse(error, t);
  }
}
