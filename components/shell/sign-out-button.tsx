import { LogOut } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/(app)/actions";
import { Button } from "@/components/ui/button";

/** The form's action: the wrapped sign-out, which ends the session and redirects to the sign-in page. */
async function signOut(): Promise<void> {
  "use server";
  await signOutAction("sign-out");
}

/** A form posting the sign-out server action: no client JavaScript of its own. */
export async function SignOutButton() {
  const t = await getTranslations("shell");
  return (
    <form action={signOut}>
      <Button type="submit" variant="ghost" size="sm">
        <LogOut aria-hidden />
        <span>{t("signOut")}</span>
      </Button>
    </form>
  );
}
