import { LogOut } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/(app)/actions";
import { Button } from "@/components/ui/button";

/** A form posting the sign-out server action: no client JavaScript of its own. */
export async function SignOutButton() {
  const t = await getTranslations("shell");
  return (
    <form action={signOutAction}>
      <Button type="submit" variant="ghost" size="sm">
        <LogOut aria-hidden />
        <span>{t("signOut")}</span>
      </Button>
    </form>
  );
}
