import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { TActor } from "@/lib/domain/actor";
import { loadSessionActor } from "@/lib/services/auth/load-session-actor";
import { requestOrigin } from "@/lib/http/request-address";
import { buildAuthOptions } from "./options";
import { requestContextFrom } from "./request-context";

/** The signed-in actor of this request, checked against the sessions table; null when signed out or expired. */
export const getActor = cache(async (): Promise<TActor | null> => {
  const requestHeaders = await headers();
  // The options of this request's origin: on HTTPS the session cookie has its __Secure- name.
  const session = await getServerSession(buildAuthOptions(requestOrigin(requestHeaders)));
  if (!session?.sid) return null;
  const actor = await loadSessionActor(session.sid);
  if (!actor) return null;
  return { ...actor, ip: requestContextFrom(requestHeaders).ip };
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<TActor> {
  const actor = await getActor();
  if (!actor) redirect("/login?expired=1");
  return actor;
}
