"use client";

import { type ComponentProps, type MouseEvent, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { cx } from "@/lib/class-names";
import { Button } from "./button";

type TProps = ComponentProps<typeof Button> & {
  /** Why the button cannot be used now (先填写退回理由); null or undefined when it can. */
  why?: string | null;
};

const HOVER_DELAY_MS = 150;
const GAP_PX = 4;
const EDGE_PX = 8;

/**
 * A button that says why it is unavailable. While `why` is set it is not
 * `disabled` (a disabled button cannot be focused, so a keyboard or screen
 * reader user would never learn the reason) but aria-disabled: it stays in
 * the tab order, its reason is its accessible description (aria-describedby),
 * a tooltip shows it on hover and focus, and a tap shows it on a phone.
 * Clicking does nothing else, also as a form's submit button.
 *
 * The tooltip is a fixed box above the button (below it when there is no room), kept inside
 * the window: Radix's Tooltip with its popper cost 23 kB gzip on every page with such a
 * button (docs/performance/js-budget.md). Escape, leaving, blur or scrolling hide it.
 */
export function ReasonedButton({ why, className, onClick, children, ...props }: TProps) {
  if (!why) {
    return (
      <Button className={className} onClick={onClick} {...props}>
        {children}
      </Button>
    );
  }
  return (
    <WhyButton why={why} className={className} {...props}>
      {children}
    </WhyButton>
  );
}

function WhyButton({ why, className, children, onFocus, onBlur, onPointerEnter, onPointerLeave, onKeyDown, ...props }: Omit<TProps, "onClick"> & { why: string }) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const show = () => {
    clearTimeout(timer.current);
    setOpen(true);
  };
  const hide = () => {
    clearTimeout(timer.current);
    setOpen(false);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  // Scrolling moves the button away from a fixed tooltip: hide it, as the pointer has moved too.
  useEffect(() => {
    if (!open) return;
    window.addEventListener("scroll", hide, { capture: true, passive: true });
    return () => window.removeEventListener("scroll", hide, { capture: true });
  }, [open]);
  // Placed once it is drawn, when its size is known: centred over the button, inside the window.
  useLayoutEffect(() => {
    if (!open || !tip.current || !button.current) return;
    const anchor = button.current.getBoundingClientRect();
    const box = tip.current.getBoundingClientRect();
    const left = Math.min(Math.max(anchor.left + anchor.width / 2 - box.width / 2, EDGE_PX), window.innerWidth - box.width - EDGE_PX);
    const above = anchor.top - GAP_PX - box.height;
    tip.current.style.left = `${Math.max(left, EDGE_PX)}px`;
    tip.current.style.top = `${above >= EDGE_PX ? above : anchor.bottom + GAP_PX}px`;
    tip.current.style.visibility = "visible";
  }, [open, why]);
  const refuse = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    show();
  };
  return (
    <>
      <Button
        {...props}
        ref={button}
        aria-disabled="true"
        aria-describedby={id}
        data-why={why}
        className={cx("cursor-not-allowed opacity-50", className)}
        onClick={refuse}
        onFocus={(event) => {
          onFocus?.(event);
          show();
        }}
        onBlur={(event) => {
          onBlur?.(event);
          hide();
        }}
        onPointerEnter={(event) => {
          onPointerEnter?.(event);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setOpen(true), HOVER_DELAY_MS);
        }}
        onPointerLeave={(event) => {
          onPointerLeave?.(event);
          if (document.activeElement !== event.currentTarget) hide();
        }}
        onKeyDown={(event) => {
          onKeyDown?.(event);
          if (event.key === "Escape" && open) {
            event.stopPropagation();
            hide();
          }
        }}
      >
        {children}
      </Button>
      {open
        ? createPortal(
            <span ref={tip} role="tooltip" style={{ visibility: "hidden" }} className="pointer-events-none fixed top-0 left-0 z-50 max-w-64 rounded-md bg-foreground px-2 py-1 text-xs text-background shadow">
              {why}
            </span>,
            document.body,
          )
        : null}
      <span id={id} className="sr-only">
        {why}
      </span>
    </>
  );
}
