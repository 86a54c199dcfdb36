/**
 * The Toaster (sonner, ~9 kB gzip) is not in any page's first load: the root layout's
 * ToastHost mounts it once something asks for it. This module is the asking, small and
 * shared by the host and by the announce* helpers.
 */
let requested = false;
const listeners = new Set<() => void>();

/** Mount the Toaster (idempotent): called before a toast is shown, and on a first press or key. */
export function requestToaster(): void {
  if (requested) return;
  requested = true;
  for (const listener of listeners) listener();
}

/** The host's subscription; calls back at once when the Toaster was already asked for. */
export function onToasterRequested(listener: () => void): () => void {
  if (requested) listener();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
