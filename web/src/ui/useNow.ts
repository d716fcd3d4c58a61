import { useEffect, useState } from "react";
import { nowMs } from "../clock";

/** The clock, re-read every `everyMs` while `active`, and whenever the page becomes visible again. */
export function useNow(active: boolean, everyMs = 250): number {
  const [t, setT] = useState(nowMs);
  useEffect(() => {
    if (!active) return;
    const tick = () => setT(nowMs());
    const id = setInterval(tick, everyMs);
    document.addEventListener("visibilitychange", tick);
    return () => {
      clearInterval(id);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [active, everyMs]);
  return active ? t : nowMs();
}
