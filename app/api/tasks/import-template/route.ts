import { downloadRoute, XLSX } from "@/lib/http/download-route";
import { buildImportTemplate } from "@/lib/services/tasks/import-template";

/** GET → the task import template (.xlsx) with today's departments and goals in its drop-down lists. */
export const GET = downloadRoute(async ({ actor }) => ({
  body: new Uint8Array(await buildImportTemplate(actor)),
  fileName: "任务导入模板.xlsx",
  contentType: XLSX,
}));
