const inFlight = new Map<string, Promise<unknown>>();

/**
 * Request coalescing: callers asking the same question while it is being
 * answered share that one answer instead of each starting the same work.
 * For aggregations over every task (the cockpit), where ten leaders opening
 * the page at nine o'clock would otherwise run ten identical scans. Nothing is
 * kept afterwards: the next caller starts afresh, so an answer is never older
 * than the moment its computation started. The shared result must be treated
 * as read-only.
 */
export function coalesce<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const running = inFlight.get(key);
  if (running) return running as Promise<T>;
  const promise = compute().finally(() => inFlight.delete(key));
  inFlight.set(key, promise);
  return promise;
}
