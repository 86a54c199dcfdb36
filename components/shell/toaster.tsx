"use client";

import { Toaster as Sonner } from "sonner";

/** The one place toasts appear: top centre, where a thumb does not cover them on a phone. */
export function Toaster({ closeLabel, label }: { closeLabel: string; label: string }) {
  return <Sonner position="top-center" richColors containerAriaLabel={label} toastOptions={{ closeButtonAriaLabel: closeLabel }} />;
}
