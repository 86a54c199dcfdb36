"use client";

import { ShieldCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { checkAuditChainAction } from "@/app/(app)/admin/actions";
import { buttonVariants } from "@/components/ui/button-variants";

type TVerified = Extract<Awaited<ReturnType<typeof checkAuditChainAction>>, { ok: true }>["data"];
type TOutcome = { kind: "done"; result: TVerified } | { kind: "failed"; message: string };

/** Walks the whole hash chain and checks every signed checkpoint, on demand (it reads every event, so not on every page view). */
export function VerifyChainButton() {
  const t = useTranslations("audit");
  const ts = useTranslations("auditSeal");
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<TOutcome | null>(null);

  async function verify() {
    setPending(true);
    setOutcome(null);
    try {
      const result = await checkAuditChainAction({});
      setOutcome(result.ok ? { kind: "done", result: result.data } : { kind: "failed", message: result.message });
    } finally {
      setPending(false);
    }
  }

  const result = outcome?.kind === "done" ? outcome.result : null;
  const anchor = result?.anchor ?? null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={buttonVariants({ variant: "outline" })} onClick={verify} disabled={pending}>
        <ShieldCheck aria-hidden />
        {pending ? t("verifying") : t("verify")}
      </button>
      <p role="status" className="text-sm">
        {result && !result.broken && !anchor ? (
          <span className="text-green-700">
            {t("chainIntact", { n: result.checked })}；
            {result.lastCheckpoint ? t("anchorIntact", { n: result.checkpoints, position: result.lastCheckpoint.position }) : t("anchorNone")}
          </span>
        ) : null}
        {result?.broken ? <span className="font-medium text-destructive">{t("chainBroken", { id: result.broken.position })}</span> : null}
        {anchor ? <span className="font-medium text-destructive">{t(`anchor.${anchor.kind}`, { ...anchor })}</span> : null}
        {result && result.unsealed.count > 0 ? (
          <span className={result.unsealed.overdue ? "ml-1 font-medium text-destructive" : "ml-1 text-muted-foreground"}>
            {result.unsealed.overdue ? ts("unsealedOverdue", { n: result.unsealed.count }) : ts("unsealed", { n: result.unsealed.count })}
          </span>
        ) : null}
        {outcome?.kind === "failed" ? <span className="text-destructive">{outcome.message}</span> : null}
      </p>
    </div>
  );
}
