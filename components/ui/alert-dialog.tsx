"use client";

import { type MouseEvent, type ReactElement, type ReactNode, cloneElement, useId, useState } from "react";
import { Button } from "./button";
import { Modal } from "./modal";

/**
 * Asks before an action that cannot be undone; Escape and 取消 back out. A native modal
 * <dialog> with the alertdialog role (./modal.tsx): the focus starts on 取消, and a press
 * beside it does not close it, as with Radix's AlertDialog that this replaced.
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  cancelLabel,
  destructive = false,
  onConfirm,
}: {
  trigger: ReactElement<{ onClick?: (event: MouseEvent<HTMLElement>) => void } & Record<string, unknown>>;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  destructive?: boolean;
  onConfirm: () => void;
}) {
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const descriptionId = useId();
  return (
    <>
      {cloneElement(trigger, {
        "aria-haspopup": "dialog",
        "aria-expanded": open,
        onClick: (event: MouseEvent<HTMLElement>) => {
          trigger.props.onClick?.(event);
          if (!event.defaultPrevented) setOpen(true);
        },
      })}
      {open ? (
        <Modal
          role="alertdialog"
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
          dismissOnBackdrop={false}
          onDismiss={() => setOpen(false)}
          className="m-auto w-[calc(100vw-2rem)] max-w-md rounded-lg border border-border bg-background p-5 text-foreground shadow-lg backdrop:bg-black/40"
        >
          <h2 id={titleId} className="text-base font-semibold">
            {title}
          </h2>
          <p id={descriptionId} className="mt-2 text-sm text-muted-foreground">
            {description}
          </p>
          <div className="mt-5 flex justify-end gap-2">
            <Button variant="outline" onClick={() => setOpen(false)}>
              {cancelLabel}
            </Button>
            <Button
              variant={destructive ? "destructive" : "default"}
              onClick={() => {
                onConfirm();
                setOpen(false);
              }}
            >
              {confirmLabel}
            </Button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
