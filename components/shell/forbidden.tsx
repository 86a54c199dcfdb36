import { ShieldAlert } from "lucide-react";
import { getTranslations } from "next-intl/server";

export async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto mt-16 max-w-md text-center">
      <ShieldAlert className="mx-auto size-10 text-muted-foreground" aria-hidden />
      <h1 className="mt-3 text-lg font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mt-1 text-sm text-muted-foreground">{t("forbidden")}</p>
    </div>
  );
}
