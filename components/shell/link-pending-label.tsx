"use client";

import { LoaderCircle } from "lucide-react";
import { useLinkStatus } from "next/link";
import type { ReactNode } from "react";

/**
 * Inside a <Link> to a page that takes a while to build (the annual report
 * draft): while the navigation is under way the link says so, e.g. 正在生成报告草稿….
 */
export function LinkPendingLabel({ children, pendingText }: { children: ReactNode; pendingText: string }) {
  const { pending } = useLinkStatus();
  return pending ? (
    <span role="status" className="inline-flex items-center gap-1.5">
      <LoaderCircle aria-hidden className="animate-spin" />
      {pendingText}
    </span>
  ) : (
    children
  );
}
