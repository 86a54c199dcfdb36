import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current-actor";
import { homeFor } from "@/lib/domain/navigation";

export default async function HomePage() {
  const actor = await requireActor();
  redirect(homeFor(actor.roles));
}
