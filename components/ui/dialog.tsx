"use client";

import { X } from "lucide-react";
import { cloneElement, type ComponentProps, createContext, type MouseEvent, type ReactElement, type ReactNode, use, useId, useState } from "react";
import { withDefaults } from "@/lib/class-names";
import { Modal } from "./modal";

// The same parts and props as the Radix Dialog this replaced (Dialog, DialogTrigger asChild,
// DialogContent, DialogClose), on a native modal <dialog> (./modal.tsx).

type TDialogState = { open: boolean; setOpen: (open: boolean) => void };
const DialogState = createContext<TDialogState | null>(null);

function useDialogState(part: string): TDialogState {
  const state = use(DialogState);
  if (!state) throw new Error(`${part} must be inside <Dialog>`);
  return state;
}

/** Open state, controlled (`open` with `onOpenChange`) or the dialog's own. */
export function Dialog({ open, defaultOpen = false, onOpenChange, children }: { open?: boolean; defaultOpen?: boolean; onOpenChange?: (open: boolean) => void; children: ReactNode }) {
  const [own, setOwn] = useState(defaultOpen);
  const setOpen = (next: boolean) => {
    if (open === undefined) setOwn(next);
    onOpenChange?.(next);
  };
  return <DialogState value={{ open: open ?? own, setOpen }}>{children}</DialogState>;
}

type TClickable = ReactElement<{ onClick?: (event: MouseEvent<HTMLElement>) => void } & Record<string, unknown>>;

/** The one element given (asChild) opens the dialog; it says so to assistive technology. */
export function DialogTrigger({ children }: { asChild?: boolean; children: TClickable }) {
  const { open, setOpen } = useDialogState("DialogTrigger");
  return cloneElement(children, {
    "aria-haspopup": "dialog",
    "aria-expanded": open,
    onClick: (event: MouseEvent<HTMLElement>) => {
      children.props.onClick?.(event);
      if (!event.defaultPrevented) setOpen(true);
    },
  });
}

/** The one element given (asChild) closes the dialog. */
export function DialogClose({ children }: { asChild?: boolean; children: TClickable }) {
  const { setOpen } = useDialogState("DialogClose");
  return cloneElement(children, {
    onClick: (event: MouseEvent<HTMLElement>) => {
      children.props.onClick?.(event);
      if (!event.defaultPrevented) setOpen(false);
    },
  });
}

// A caller's max-w-* replaces the default width (max-w-2xl for a wide dialog).
const WIDTH_DEFAULT = [[/^max-w-/, "max-w-lg"]] as const;

export function DialogContent({
  className,
  title,
  description,
  closeLabel,
  children,
  ...props
}: Omit<ComponentProps<"dialog">, "title" | "open"> & { title: ReactNode; description?: ReactNode; closeLabel: string }) {
  const { open, setOpen } = useDialogState("DialogContent");
  const titleId = useId();
  const descriptionId = useId();
  if (!open) return null;
  return (
    <Modal
      onDismiss={() => setOpen(false)}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      className={withDefaults(
        "m-auto max-h-[90vh] w-[calc(100vw-2rem)] overflow-y-auto rounded-lg border border-border bg-background p-0 text-foreground shadow-lg backdrop:bg-black/40 focus:outline-none",
        WIDTH_DEFAULT,
        className,
      )}
      {...props}
    >
      <div className="relative p-5">
        <h2 id={titleId} className="pr-8 text-base font-semibold">
          {title}
        </h2>
        {description ? (
          <p id={descriptionId} className="mt-1 text-sm text-muted-foreground">
            {description}
          </p>
        ) : (
          <p id={descriptionId} className="sr-only">
            {title}
          </p>
        )}
        <div className="mt-4">{children}</div>
        <button
          type="button"
          className="absolute top-4 right-4 rounded p-1 text-muted-foreground hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          aria-label={closeLabel}
          onClick={() => setOpen(false)}
        >
          <X className="size-4" />
        </button>
      </div>
    </Modal>
  );
}
