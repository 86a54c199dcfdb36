"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { markNotificationsRead } from "@/lib/services/notifications/mark-read";
import { ZId } from "@/lib/validation/common";
import { z } from "@/lib/validation/zod";

// Everyone reads their own inbox: no permission beyond being signed in.
export const markReadAction = authedAction(null, z.object({ ids: z.array(ZId).min(1).max(200) }).strict(), async (input, actor) => {
  const result = await markNotificationsRead(actor, input.ids);
  revalidatePath("/", "layout");
  return result;
});

export const markAllReadAction = authedAction(null, z.object({}).strict(), async (_input, actor) => {
  const result = await markNotificationsRead(actor, null);
  revalidatePath("/", "layout");
  return result;
});
