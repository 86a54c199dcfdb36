"use client";

import { ShieldCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { checkAuditChainAction } from "@/app/(app)/admin/actions";
import { Button } from "@/components/ui/button";

type TOutcome = { kind: "ok"; checked: number } | { kind: "broken"; id: number } | { kind: "failed"; message: string };

/** Walks the whole hash chain on demand (it reads every event, so not on every page view). */
export function VerifyChainButton() {
  const t = useTranslations("audit");
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<TOutcome | null>(null);

  async function verify() {
    setPending(true);
    setOutcome(null);
    try {
      const result = await checkAuditChainAction({});
      if (!result.ok) setOutcome({ kind: "failed", message: result.message });
      else if (result.data.broken) setOutcome({ kind: "broken", id: result.data.broken.id });
      else setOutcome({ kind: "ok", checked: result.data.checked });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="outline" onClick={verify} disabled={pending}>
        <ShieldCheck aria-hidden />
        {pending ? t("verifying") : t("verify")}
      </Button>
      <p role="status" className="text-sm">
        {outcome?.kind === "ok" ? <span className="text-green-700">{t("chainIntact", { n: outcome.checked })}</span> : null}
        {outcome?.kind === "broken" ? <span className="font-medium text-destructive">{t("chainBroken", { id: outcome.id })}</span> : null}
        {outcome?.kind === "failed" ? <span className="text-destructive">{outcome.message}</span> : null}
      </p>
    </div>
  );
}
