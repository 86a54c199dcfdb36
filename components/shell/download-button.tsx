"use client";

import { CircleAlert, FileDown, LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { buttonVariants } from "@/components/ui/button-variants";
import { formatBytes } from "@/lib/format";
import { fileNameOf, readWithProgress, type TProgress } from "./download-progress";

/**
 * A file the server builds on demand (台账, 考核表, 年度报告 .docx): while it
 * is being built and sent the button says so — bytes received, or a
 * percentage when the size is known — and cannot be pressed again; a failure
 * stays on screen. The file is saved under the server's own name.
 */
export function DownloadButton({ href, children, title, variant = "outline" }: { href: string; children: ReactNode; title?: string; variant?: "outline" | "default" }) {
  const t = useTranslations("longWork");
  const [progress, setProgress] = useState<TProgress | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function download() {
    setFailure(null);
    setProgress({ received: 0, total: null });
    try {
      const response = await fetch(href, { credentials: "same-origin" });
      if (!response.ok || !response.body) throw new Error(String(response.status));
      const blob = await readWithProgress(response, setProgress);
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameOf(response.headers.get("content-disposition")) ?? "download";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setFailure(t("downloadFailed"));
    } finally {
      setProgress(null);
    }
  }

  const busy = progress !== null;
  const label = !progress
    ? null
    : progress.total
      ? t("percent", { percent: Math.min(99, Math.floor((progress.received / progress.total) * 100)) })
      : progress.received > 0
        ? t("received", { size: formatBytes(progress.received) })
        : t("preparing");
  return (
    <span className="inline-grid gap-1">
      <button type="button" className={buttonVariants({ variant })} onClick={download} disabled={busy} aria-busy={busy} title={title}>
        {busy ? <LoaderCircle aria-hidden className="animate-spin" /> : <FileDown aria-hidden />}
        {children}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-muted-foreground empty:hidden">
        {label}
      </span>
      {failure ? (
        <span role="alert" className="flex items-center gap-1 text-xs text-destructive">
          <CircleAlert aria-hidden className="size-3.5" />
          {failure}
        </span>
      ) : null}
    </span>
  );
}
