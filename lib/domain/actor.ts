import type { TRole } from "./codes";

/** Who is acting: loaded from the database on every request, never from the cookie alone. */
export type TActor = {
  id: string;
  account: string;
  name: string;
  roles: TRole[];
  departmentId: string | null;
  sessionId: string | null;
  ip: string | null;
};

/** Requests made before anyone signed in (sign-in, registration) are audited with this context. */
export type TRequestContext = { ip: string | null; userAgent: string | null };
