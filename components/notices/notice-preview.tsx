"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatDay } from "@/lib/format";

export type TNoticePreview = {
  number: string;
  kindName: string;
  title: string;
  recipient: string;
  content: string;
  responseDueDate: string | null;
  issuer: string;
  today: string;
};

/**
 * The notice as it will print, with the 文号 it will take, shown before
 * 确认发出. The number is the counter's next value read without taking it.
 */
export function NoticePreview({ preview }: { preview: TNoticePreview }) {
  const t = useTranslations("noticePreview");
  const locale = useLocale();
  return (
    <section aria-label={t("label")} className="grid gap-3 rounded-lg border-2 border-red-700/60 bg-background p-4 text-sm sm:p-6">
      <p className="text-center text-base font-semibold text-red-800">{preview.issuer}</p>
      <p className="text-center" data-testid="preview-number">
        {preview.number}
      </p>
      <hr className="border-red-700/60" />
      <h2 className="text-center text-base font-semibold">{preview.title || preview.kindName}</h2>
      <p>{preview.recipient}：</p>
      <p className="break-words whitespace-pre-line">{preview.content}</p>
      {preview.responseDueDate ? <p>{t("respondBy", { date: formatDay(preview.responseDueDate, locale) })}</p> : null}
      <p className="text-right">{preview.issuer}</p>
      <p className="text-right">{formatDay(preview.today, locale)}</p>
      <p className="text-xs text-muted-foreground">{t("numberNote", { number: preview.number })}</p>
    </section>
  );
}
