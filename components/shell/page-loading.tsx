import { getTranslations } from "next-intl/server";

/**
 * The skeleton shown while a page loads. Used as loading.tsx only by pages
 * that never answer 403 or 404: a loading boundary starts the response (200)
 * before the page has decided, so pages that refuse or miss must render
 * outside one to answer with their real status (issue 11).
 */
export async function PageLoading({ blocks = ["h-6 w-40", "h-24", "h-64"] }: { blocks?: readonly string[] }) {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" className="grid gap-3">
      <span className="sr-only">{t("loading")}</span>
      {blocks.map((size, i) => (
        <div key={i} className={`${size} animate-pulse rounded-lg bg-muted`} />
      ))}
    </div>
  );
}
