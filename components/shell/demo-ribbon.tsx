import { getTranslations } from "next-intl/server";

/**
 * A small tab at the top of every page while the demo district is loaded
 * (the root layout asks), so that nobody mistakes its tasks and notices for
 * real ones. It lets clicks through.
 */
export async function DemoRibbon() {
  const t = await getTranslations("app");
  return (
    <div
      role="note"
      title={t("demoRibbonTitle")}
      className="pointer-events-none fixed top-0 left-1/2 z-50 -translate-x-1/2 rounded-b-md bg-amber-300 px-2 py-0.5 text-xs font-medium text-amber-950 shadow-sm print:hidden"
    >
      {t("demoRibbon")}
    </div>
  );
}
