import { forbidden, notFound } from "next/navigation";
import { getAnnualReport } from "@/db/queries/annual-report/annual-report";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";
import { ZId } from "@/lib/validation/common";

/**
 * The report's preview and its print view read the same thing the same way:
 * 403 for who may not read everything, 404 for a malformed or unknown plan.
 */
export async function loadReportView(params: Promise<{ id: string }>) {
  const actor = await requireActor();
  if (!can(actor, "data:read_all")) forbidden();
  const { id } = await params;
  if (!ZId.safeParse(id).success) notFound();
  const view = await getAnnualReport(actor, id);
  if (!view) notFound();
  return { actor, view, id };
}
