import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface PageProps {
  title: string;
  /** A line under the title, e.g. the client code and course dates. */
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/** A screen's frame: sets the document title and moves focus to the heading on navigation. */
export function Page({ title, subtitle, actions, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · IPT Planner`;
    // In the next frame, when the browser lays the page out anyway: focusing at once forces a
    // layout of its own before the screen's other effects have run (about 15 ms, issue 15).
    const frame = requestAnimationFrame(() => heading.current?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, [title]);
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page__header">
        <div>
          <h1 id="page-title" ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {subtitle ? <div className="page__subtitle">{subtitle}</div> : null}
        </div>
        {actions ? <div className="page__actions no-print">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}
