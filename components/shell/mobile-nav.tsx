"use client";

import { Menu, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog as DialogPrimitive } from "radix-ui";
import { useState } from "react";
import type { TNavItem } from "@/lib/domain/navigation";
import { NavLinks } from "./nav-links";

/** On a phone the navigation is a drawer behind the menu button. */
export function MobileNav({ items, title }: { items: TNavItem[]; title: string }) {
  const t = useTranslations("shell");
  const [open, setOpen] = useState(false);
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <DialogPrimitive.Trigger
        className="rounded-md p-2 hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring md:hidden"
        aria-label={t("openMenu")}
      >
        <Menu className="size-5" />
      </DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-black/40 md:hidden" />
        <DialogPrimitive.Content className="fixed inset-y-0 left-0 z-50 w-64 bg-sidebar p-3 shadow-lg md:hidden">
          <div className="mb-3 flex items-center justify-between px-2">
            <DialogPrimitive.Title className="text-sm font-semibold text-white">{title}</DialogPrimitive.Title>
            <DialogPrimitive.Description className="sr-only">{t("navigation")}</DialogPrimitive.Description>
            <DialogPrimitive.Close className="rounded p-1 text-white hover:bg-white/10" aria-label={t("closeMenu")}>
              <X className="size-4" />
            </DialogPrimitive.Close>
          </div>
          <nav aria-label={t("navigation")}>
            <NavLinks items={items} onNavigate={() => setOpen(false)} />
          </nav>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
