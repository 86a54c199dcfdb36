"use server";

import { redirect } from "next/navigation";
import { endCurrentSession } from "@/lib/auth/end-session";

/** The shell's 退出: ends the session on the server and goes to the sign-in page. */
export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  redirect("/login");
}
