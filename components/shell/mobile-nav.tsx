"use client";

import { type ReactNode, useId, useRef, useState } from "react";
import { NavLinks, type TNavLink } from "./nav-links";

export type TMobileNavLabels = { open: string; close: string; navigation: string };

/**
 * On a phone the navigation is a drawer behind the menu button: a native modal <dialog>, so
 * the browser keeps focus inside it, makes the page behind inert, closes it on Escape and
 * returns focus to the button. A press on the backdrop closes it too. Strings and icons
 * come from the server.
 */
export function MobileNav({ links, title, labels, openIcon, closeIcon }: { links: TNavLink[]; title: string; labels: TMobileNavLabels; openIcon: ReactNode; closeIcon: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // aria-expanded follows the dialog, however it closed (Escape, backdrop, a link).
  const [open, setOpen] = useState(false);
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        className="rounded-md p-2 hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring md:hidden"
        aria-label={labels.open}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          dialog.current?.showModal();
          setOpen(true);
        }}
      >
        {openIcon}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        className="fixed inset-y-0 right-auto left-0 m-0 h-dvh max-h-none w-64 max-w-none border-0 bg-sidebar p-0 shadow-lg backdrop:bg-black/40 md:hidden"
        onClick={(event) => {
          if (event.target === event.currentTarget) close();
        }}
      >
        <div className="h-full p-3">
          <div className="mb-3 flex items-center justify-between px-2">
            <h2 id={titleId} className="text-sm font-semibold text-white">
              {title}
            </h2>
            <button type="button" className="rounded p-1 text-white hover:bg-white/10 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring" aria-label={labels.close} onClick={close}>
              {closeIcon}
            </button>
          </div>
          <nav aria-label={labels.navigation}>
            <NavLinks links={links} onNavigate={close} />
          </nav>
        </div>
      </dialog>
    </>
  );
}
