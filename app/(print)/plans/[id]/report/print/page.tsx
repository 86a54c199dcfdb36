import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportDocument } from "@/components/annual-report/report-document";
import { PrintButton } from "@/components/notices/print-button";
import { loadReportView } from "@/app/(app)/plans/[id]/report/load-report-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report"))("printView") };
}

/**
 * The draft on A4 with GB/T 9704's margins (top 37, bottom 35, left 28,
 * right 26 mm), like the notices' print view: always in Chinese.
 */
export default async function AnnualReportPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { view } = await loadReportView(params);
  return (
    <>
      <style>{`@page { size: A4; margin: 37mm 26mm 35mm 28mm; } @media print { .no-print { display: none !important; } }`}</style>
      <div className="no-print flex justify-end gap-2 p-4">
        <PrintButton />
      </div>
      <div className="px-4 pb-10 print:px-0">
        <ReportDocument view={view} withTraces={false} />
      </div>
    </>
  );
}
