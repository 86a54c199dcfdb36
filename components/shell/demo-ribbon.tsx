import { getTranslations } from "next-intl/server";

/**
 * A small tab at the top of every page while the demo district is loaded
 * (the root layout asks), so that nobody mistakes its tasks and notices for
 * real ones. It lets clicks through. On a phone it sits at the bottom left:
 * at the top centre it would cover the header's bell and its count.
 */
export async function DemoRibbon() {
  const t = await getTranslations("app");
  return (
    <div
      role="note"
      title={t("demoRibbonTitle")}
      className="pointer-events-none fixed bottom-0 left-3 z-50 rounded-t-md bg-amber-300 sm:top-0 sm:bottom-auto sm:left-1/2 sm:-translate-x-1/2 sm:rounded-t-none sm:rounded-b-md px-2 py-0.5 text-xs font-medium text-amber-950 shadow-sm print:hidden"
    >
      {t("demoRibbon")}
    </div>
  );
}
