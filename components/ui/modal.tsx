"use client";

import { type ComponentProps, type ReactNode, useLayoutEffect, useRef } from "react";
import { createPortal } from "react-dom";

/**
 * A native modal <dialog>, shown while it is rendered: the browser moves the focus into it
 * (its first field or button), keeps it there, makes the page behind inert, closes it on
 * Escape and gives the focus back to what had it (the button that opened it); globals.css
 * stops the page behind from scrolling. What Radix's Dialog did with ~10 kB gzip of script
 * in each page that has one (docs/performance/js-budget.md). In a portal, as Radix's was,
 * so that a dialog's form never sits inside the page's own form.
 *
 * `onDismiss` is called when the user closes it (Escape, or a press on the backdrop when
 * `dismissOnBackdrop`); the caller then stops rendering it.
 */
export function Modal({
  onDismiss,
  dismissOnBackdrop = true,
  className,
  children,
  ...props
}: Omit<ComponentProps<"dialog">, "open" | "onClose" | "onCancel"> & { onDismiss: () => void; dismissOnBackdrop?: boolean; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    // Closed before React removes it, so that the browser gives the focus back.
    return () => {
      if (element.open) element.close();
    };
  }, []);
  if (typeof document === "undefined") return null;
  return createPortal(
    <dialog
      ref={dialog}
      className={className}
      {...props}
      onCancel={(event) => {
        // Escape: React decides when it goes (the caller stops rendering it).
        event.preventDefault();
        onDismiss();
      }}
      onClick={(event) => {
        if (dismissOnBackdrop && event.target === event.currentTarget) onDismiss();
      }}
    >
      {children}
    </dialog>,
    document.body,
  );
}
