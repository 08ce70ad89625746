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
    heading.current?.focus({ preventScroll: true });
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
