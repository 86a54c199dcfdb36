"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { onToasterRequested, requestToaster } from "./toast-request";

const Toaster = lazy(() => import("./toaster").then((module) => ({ default: module.Toaster })));

/**
 * Where toasts appear, loaded on demand: on the first press or key anywhere (so that its live
 * region is in the page before any action's answer comes back) or when a toast is asked for
 * first. A toast created before the Toaster subscribed is replayed by sonner on subscribe.
 */
export function ToastHost({ closeLabel, label }: { closeLabel: string; label: string }) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => onToasterRequested(() => setWanted(true)), []);
  useEffect(() => {
    const ask = () => requestToaster();
    const events = ["pointerdown", "keydown"] as const;
    for (const event of events) window.addEventListener(event, ask, { capture: true, once: true, passive: true });
    return () => {
      for (const event of events) window.removeEventListener(event, ask, { capture: true });
    };
  }, []);
  return wanted ? (
    <Suspense fallback={null}>
      <Toaster closeLabel={closeLabel} label={label} />
    </Suspense>
  ) : null;
}
