import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { TNoticeSummaryRow } from "@/db/queries/cockpit/notice-summary";

/** 督办通知 by kind: issued, signed, answered, closed and late. */
export async function NoticesCard({ notices }: { notices: TNoticeSummaryRow[] }) {
  const [t, tk] = await Promise.all([getTranslations("cockpit"), getTranslations("noticeKinds")]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("notices")}</CardTitle>
        <Link href="/notices" className="text-xs text-primary underline underline-offset-2">
          {t("allNotices")}
        </Link>
      </CardHeader>
      <CardContent className="p-0 max-sm:p-2">
        <DataTable
          rows={notices}
          rowKey={(n) => n.kind}
          caption={t("notices")}
          columns={[
            {
              key: "kind",
              header: t("noticeKind"),
              card: "title",
              cell: (n) => (
                <Link className="underline-offset-2 hover:underline" href={`/notices?kind=${n.kind}`}>
                  {tk(n.kind)}
                </Link>
              ),
            },
            { key: "issued", header: t("issued"), numeric: true, cell: (n) => n.issued },
            { key: "signed", header: t("signed"), numeric: true, cell: (n) => n.signed },
            { key: "responded", header: t("responded"), numeric: true, cell: (n) => n.responded },
            { key: "closed", header: t("closed"), numeric: true, cell: (n) => n.closed },
            { key: "late", header: t("late"), numeric: true, className: "text-red-700", cell: (n) => n.late },
          ]}
        />
      </CardContent>
    </Card>
  );
}
