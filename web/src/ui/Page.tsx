import { useEffect, useRef, type ReactNode } from "react";

/**
 * A screen with its heading. The heading takes focus when the screen opens, so
 * screen-reader and keyboard users start at the top of the new content.
 */
export function Page({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Backcoach`;
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <section className={className ? `page ${className}` : "page"} aria-labelledby="page-title">
      <h1 id="page-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
