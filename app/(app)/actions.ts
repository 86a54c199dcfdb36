"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/authed-action";
import { endCurrentSession } from "@/lib/auth/end-session";
import { z } from "@/lib/validation/zod";

/**
 * The shell's 退出: ends this request's session on the server (if it still has one) and goes to
 * the sign-in page. Public, so that an already expired session can still leave cleanly; its one
 * input is the word the shell's form sends, so a stray call with anything else is refused.
 */
export const signOutAction = publicAction(z.literal("sign-out"), async () => {
  await endCurrentSession();
  redirect("/login");
});
