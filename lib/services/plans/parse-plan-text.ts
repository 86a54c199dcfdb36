import { listActiveDepartments } from "@/db/queries/departments";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { parsePlanDocument, type TParsedPlan } from "@/lib/domain/plan-import";

/**
 * The document import's first step, callable without a screen (the public
 * API exposes it as POST /api/v1/imports/parse): parses a plan's text,
 * matching the departments it names against the active departments. Writes
 * nothing. `year` is the plan year for relative due dates (6月底); without
 * it the parser takes the title's year, else the signature date's.
 */
export async function parsePlanText(actor: TActor, input: { text: string; year?: number | null | undefined }): Promise<TParsedPlan> {
  assertCan(actor, "plan:import");
  const departments = await listActiveDepartments();
  return parsePlanDocument(input.text, {
    departments: departments.map((department) => ({ id: department.id, name: department.name })),
    year: input.year ?? undefined,
  });
}
