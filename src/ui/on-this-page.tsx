/**
 * "On this page" (issue 13): on a long screen, a row of links to its sections, one per level-2
 * heading that has an id, read from the page itself so the list never disagrees with what is
 * shown (sections that appear later, a conflict panel or an amendment, join the list). Following
 * a link scrolls to the section and moves keyboard focus to its heading.
 */
import { useEffect, useRef, useState } from 'react';
import type { MouseEvent, ReactNode, RefObject } from 'react';

interface Section {
  id: string;
  label: string;
}

/** The sections of `root`: its h2 elements with an id, in document order. */
function sectionsOf(root: HTMLElement): Section[] {
  return [...root.querySelectorAll<HTMLHeadingElement>('h2[id]')].map((h) => ({
    id: h.id,
    label: h.textContent.trim(),
  }));
}

function same(a: Section[], b: Section[]): boolean {
  return a.length === b.length && a.every((s, i) => s.id === b[i]?.id && s.label === b[i]?.label);
}

function goTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const heading = document.getElementById(id);
  if (!heading) return;
  event.preventDefault();
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  // Focusing the heading also scrolls it into view.
  heading.focus();
}

/** Links to the page's sections; nothing when it has fewer than `least` of them. */
export function OnThisPage({
  root,
  least = 3,
}: {
  root: RefObject<HTMLElement | null>;
  least?: number;
}) {
  const [sections, setSections] = useState<Section[]>([]);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const read = () =>
      setSections((old) => {
        const now = sectionsOf(el);
        return same(old, now) ? old : now;
      });
    read();
    const observer = new MutationObserver(read);
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [root]);
  if (sections.length < least) return null;
  return (
    <nav aria-label="On this page" className="on-this-page no-print">
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} onClick={(e) => goTo(e, s.id)}>
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A screen's sections with "On this page" links to them above. */
export function WithContents({ children }: { children: ReactNode }) {
  const body = useRef<HTMLDivElement>(null);
  return (
    <>
      <OnThisPage root={body} />
      <div ref={body}>{children}</div>
    </>
  );
}
