import { getTranslations } from "next-intl/server";
import type { THintedCapability } from "@/lib/domain/capabilities/who-else-can";
import type { TRole } from "@/lib/domain/codes";

/** One line per group of roles: "申请办结、申请延期：由单位负责人办理" — so nobody hunts for a button that is someone else's. */
export async function WhoCanHint({ othersCan }: { othersCan: Partial<Record<THintedCapability, TRole[]>> }) {
  const [t, ta, te, tr] = await Promise.all([getTranslations("taskDetail"), getTranslations("taskActions"), getTranslations("extension"), getTranslations("roles")]);
  const label = (key: THintedCapability) => (key === "requestExtension" ? te("request") : key === "decideExtension" ? t("decideExtension") : ta(`${key}.label`));
  const groups = new Map<string, string[]>();
  for (const [key, roles] of Object.entries(othersCan) as [THintedCapability, TRole[]][]) {
    const who = roles.map((r) => tr(r)).join("、");
    groups.set(who, [...(groups.get(who) ?? []), label(key)]);
  }
  if (groups.size === 0) return null;
  return (
    <ul className="grid gap-0.5 text-xs text-muted-foreground" data-testid="who-can">
      {[...groups].map(([roles, actions]) => (
        <li key={roles}>{t("whoCan", { actions: actions.join("、"), roles })}</li>
      ))}
    </ul>
  );
}
