import { FileQuestion } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function NotFound() {
  const t = await getTranslations("errors");
  const tc = await getTranslations("common");
  return (
    <main className="mx-auto mt-24 grid max-w-md justify-items-center gap-3 px-4 text-center">
      <FileQuestion className="size-10 text-muted-foreground" aria-hidden />
      <h1 className="text-lg font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-sm text-muted-foreground">{t("notFound")}</p>
      <Link href="/" className="text-sm text-primary hover:underline">
        {tc("back")}
      </Link>
    </main>
  );
}
