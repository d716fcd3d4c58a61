/**
 * Runs `task` when the browser has nothing more urgent to do, and within `timeout` ms at the
 * latest, so work that can wait (prefetching, the service worker's precache) does not compete
 * with the first screen. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(id);
  }
  // Safari has no requestIdleCallback: a short delay lets the first paint go first.
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}
