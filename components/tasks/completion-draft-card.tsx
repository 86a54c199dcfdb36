import { getLocale, getTranslations } from "next-intl/server";
import { AttachmentLinks } from "@/components/shell/attachment-links";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { TCompletionDraftView } from "@/db/queries/tasks/completion-draft";
import type { TCapability } from "@/lib/domain/capabilities/refusal";
import { formatMoment } from "@/lib/format";
import { CompletionDraftButtons } from "./completion-draft-buttons";
import { PrepareCompletionForm } from "./prepare-completion-form";

/**
 * 联络员已准备办结申请: the open draft as the head will submit it (note, evidence, who and when),
 * shown to the lead department. The head gets 一键提交 and 退回 (what stops a submission now is
 * said on the button, from the same capability the service asserts); an officer may 撤回.
 */
export async function CompletionDraftCard(props: {
  taskId: string;
  version: number;
  draft: TCompletionDraftView;
  submit: TCapability;
  timeZone: string;
}) {
  const { taskId, version, draft, submit, timeZone } = props;
  const [t, te, locale] = await Promise.all([getTranslations("completionDraft"), getTranslations("errors"), getLocale()]);
  const isHead = submit.allowed || submit.reason.code !== "FORBIDDEN";
  const submitWhy = submit.allowed ? null : te(submit.reason.message, submit.reason.params);
  return (
    <Card className="border-sky-300" data-testid="completion-draft">
      <CardHeader>
        <CardTitle>{t("cardTitle")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <p className="text-xs text-muted-foreground">{t("preparedBy", { name: draft.preparedByName, when: formatMoment(draft.preparedAt, locale, timeZone) })}</p>
        <p className="whitespace-pre-wrap">{draft.note}</p>
        <div className="grid gap-1">
          <p className="text-xs text-muted-foreground">{t("evidence")}</p>
          {draft.attachments.length ? <AttachmentLinks files={draft.attachments} /> : <p className="text-xs text-muted-foreground">{t("noEvidence")}</p>}
        </div>
        {isHead ? null : <p className="text-xs text-muted-foreground">{t("waitingHead")}</p>}
        <CompletionDraftButtons taskId={taskId} version={version} mode={isHead ? "head" : "officer"} submitWhy={submitWhy} />
      </CardContent>
    </Card>
  );
}

/** 准备办结申请 (联络员), starting from the open draft when there is one. */
export async function PrepareCompletionCard({ taskId, version, draft }: { taskId: string; version: number; draft: TCompletionDraftView | null }) {
  const t = await getTranslations("completionDraft");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("prepareTitle")}</CardTitle>
      </CardHeader>
      <CardContent>
        <PrepareCompletionForm key={version} taskId={taskId} version={version} draft={draft} />
      </CardContent>
    </Card>
  );
}
