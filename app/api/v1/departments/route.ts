import { listActiveDepartments } from "@/db/queries/departments";
import { listDepartmentsEndpoint } from "@/lib/api/endpoints/general";
import { apiRoute } from "@/lib/api/route";

// Departments are public within the platform (every signed-in user picks from them).
export const GET = apiRoute(listDepartmentsEndpoint, async () => {
  return { items: await listActiveDepartments() };
});
