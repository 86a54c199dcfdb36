import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/notices/print-button";
import { getNoticeDetail } from "@/db/queries/notices/notice-detail";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/http/or-not-found";
import { dayOf } from "@/lib/domain/calendar";
import { getEnv } from "@/lib/env";
import { formatDay } from "@/lib/format";
import { warningContext } from "@/lib/warning-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notices"))("print") };
}

/**
 * The official layout on one A4 page: issuer's red header, number, title,
 * recipient, body, response date, issuer and date. Always in Chinese: it is
 * a government document.
 */
export default async function NoticePrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const context = warningContext();
  const detail = await orNotFound(getNoticeDetail(actor, id, context));
  const { notice } = detail;
  if (notice.status === "draft") notFound();
  const env = getEnv();
  const issuedDay = notice.issuedAt ? dayOf(notice.issuedAt, context.timeZone) : context.today;
  return (
    <>
      <style>{`@page { size: A4; margin: 25mm 22mm 20mm; } @media print { .no-print { display: none !important; } }`}</style>
      <div className="no-print flex justify-end gap-2 p-4">
        <PrintButton />
      </div>
      <article className="mx-auto max-w-[170mm] px-4 pb-10 font-serif text-[16px] leading-8 text-black print:px-0">
        <header className="border-b-2 border-red-600 pb-3 text-center">
          <p className="text-[26px] font-bold tracking-[0.3em] text-red-600">{env.ISSUER_NAME}</p>
          <p className="mt-2 text-[15px]">{notice.number}</p>
        </header>
        <h1 className="mt-6 text-center text-[22px] font-bold leading-9">{notice.title}</h1>
        <p className="mt-6">{detail.departmentName ? `${detail.departmentName}：` : "各乡镇（街道）、区直各单位："}</p>
        <div className="mt-2 indent-[2em] whitespace-pre-wrap">{notice.content}</div>
        {detail.tasks.length ? (
          <ol className="mt-3 list-decimal pl-[3em]">
            {detail.tasks.map((task) => (
              <li key={task.id}>
                {task.title}
                {task.dueDate ? `（完成时限：${formatDay(task.dueDate, "zh-CN")}）` : ""}
              </li>
            ))}
          </ol>
        ) : null}
        {notice.responseDueDate ? <p className="mt-3 indent-[2em]">请于{formatDay(notice.responseDueDate, "zh-CN")}前书面反馈办理情况。</p> : null}
        <footer className="mt-12 text-right">
          <p>{env.ISSUER_NAME}</p>
          <p>{formatDay(issuedDay, "zh-CN")}</p>
        </footer>
      </article>
    </>
  );
}
