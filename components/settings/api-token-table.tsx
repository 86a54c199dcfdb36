"use client";

import { useTranslations } from "next-intl";
import { revokeApiTokenAction } from "@/app/(app)/settings/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { EmptyState } from "@/components/shell/empty-state";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Table, Td, Th } from "@/components/ui/table";

export type TApiTokenView = {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  state: "active" | "expired" | "revoked";
};

const TONES = { active: "green", expired: "grey", revoked: "grey" } as const;

/** The person's tokens (dates already formatted by the server), each revocable after a confirmation. */
export function ApiTokenTable({ tokens }: { tokens: TApiTokenView[] }) {
  const t = useTranslations("apiTokens");
  const tc = useTranslations("common");
  const { run, failure, pending } = useActionRunner();
  if (tokens.length === 0) return <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>;
  return (
    <div className="grid gap-2">
      <FormMessage>{failure}</FormMessage>
      <div className="overflow-x-auto">
        <Table>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th className="hidden sm:table-cell">{t("createdAt")}</Th>
              <Th>{t("expiresAt")}</Th>
              <Th className="hidden md:table-cell">{t("lastUsedAt")}</Th>
              <Th>{t("state")}</Th>
              <Th>
                <span className="sr-only">{t("actions")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} data-token={token.name}>
                <Td className="max-w-48 break-words">{token.name}</Td>
                <Td className="hidden whitespace-nowrap sm:table-cell">{token.createdAt}</Td>
                <Td className="whitespace-nowrap">{token.expiresAt}</Td>
                <Td className="hidden whitespace-nowrap md:table-cell">{token.lastUsedAt ?? t("never")}</Td>
                <Td>
                  <Badge tone={TONES[token.state]}>{t(`states.${token.state}`)}</Badge>
                </Td>
                <Td className="text-right">
                  {token.state === "active" ? (
                    <ConfirmDialog
                      trigger={
                        <Button variant="outline" size="sm" disabled={pending}>
                          {t("revoke")}
                        </Button>
                      }
                      title={t("revokeTitle", { name: token.name })}
                      description={t("revokeDescription")}
                      confirmLabel={t("revoke")}
                      cancelLabel={tc("cancel")}
                      destructive
                      onConfirm={() => void run(revokeApiTokenAction({ id: token.id }))}
                    />
                  ) : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </div>
  );
}
