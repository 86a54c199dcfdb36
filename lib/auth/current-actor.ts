import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { TActor } from "@/lib/domain/actor";
import { loadSessionActor } from "@/lib/services/auth/load-session-actor";
import { getAuthOptions } from "./options";
import { requestContextFrom } from "./request-context";

/** The signed-in actor of this request, checked against the sessions table; null when signed out or expired. */
export const getActor = cache(async (): Promise<TActor | null> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.sid) return null;
  const actor = await loadSessionActor(session.sid);
  if (!actor) return null;
  return { ...actor, ip: requestContextFrom(await headers()).ip };
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<TActor> {
  const actor = await getActor();
  if (!actor) redirect("/login?expired=1");
  return actor;
}
