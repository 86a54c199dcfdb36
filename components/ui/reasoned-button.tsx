"use client";

import { Tooltip } from "radix-ui";
import { type ComponentProps, type MouseEvent, useId, useState } from "react";
import { cn } from "@/lib/utils";
import { Button } from "./button";

type TProps = ComponentProps<typeof Button> & {
  /** Why the button cannot be used now (先填写退回理由); null or undefined when it can. */
  why?: string | null;
};

/**
 * A button that says why it is unavailable. While `why` is set it is not
 * `disabled` (a disabled button cannot be focused, so a keyboard or screen
 * reader user would never learn the reason) but aria-disabled: it stays in
 * the tab order, its reason is its accessible description (aria-describedby),
 * a tooltip shows it on hover and focus, and a tap shows it on a phone.
 * Clicking does nothing else, also as a form's submit button.
 */
export function ReasonedButton({ why, className, onClick, children, ...props }: TProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  if (!why) {
    return (
      <Button className={className} onClick={onClick} {...props}>
        {children}
      </Button>
    );
  }
  const refuse = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setOpen(true);
  };
  return (
    <Tooltip.Provider delayDuration={150}>
      <Tooltip.Root open={open} onOpenChange={setOpen}>
        <Tooltip.Trigger asChild>
          <Button {...props} aria-disabled="true" aria-describedby={id} data-why={why} className={cn("cursor-not-allowed opacity-50", className)} onClick={refuse}>
            {children}
          </Button>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content side="top" sideOffset={4} className="z-50 max-w-64 rounded-md bg-foreground px-2 py-1 text-xs text-background shadow">
            {why}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
      <span id={id} className="sr-only">
        {why}
      </span>
    </Tooltip.Provider>
  );
}
