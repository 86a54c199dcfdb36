import { getTranslations } from "next-intl/server";
import { isDemoLoaded } from "@/db/queries/app-settings";
import { logger } from "@/lib/logger";

/**
 * A small tab at the top of every page while the demo district is loaded, so
 * that nobody mistakes its tasks and notices for real ones. It lets clicks
 * through; a database that cannot say simply shows no tab.
 */
export async function DemoRibbon() {
  const demo = await isDemoLoaded().catch((error: unknown) => {
    logger.warn({ err: error }, "could not read the demo flag");
    return false;
  });
  if (!demo) return null;
  const t = await getTranslations("app");
  return (
    <div
      role="note"
      title={t("demoRibbonTitle")}
      className="pointer-events-none fixed top-0 left-1/2 z-50 -translate-x-1/2 rounded-b-md bg-amber-500 px-2 py-0.5 text-xs font-medium text-white shadow-sm print:hidden"
    >
      {t("demoRibbon")}
    </div>
  );
}
