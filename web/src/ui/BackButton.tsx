import { useLocation } from "wouter";

/** Goes back to the screen that opened this one (Today or a quick-check result), or to `fallback`. */
export function BackButton({ fallback, label = "Back" }: { fallback: string; label?: string }) {
  const [, navigate] = useLocation();
  return (
    <button type="button" onClick={() => (history.length > 1 ? history.back() : navigate(fallback))}>
      {label}
    </button>
  );
}
