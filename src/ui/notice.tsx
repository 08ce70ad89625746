import type { ReactNode } from 'react';

interface NoticeProps {
  tone: 'info' | 'warning' | 'danger' | 'success';
  title?: ReactNode;
  children?: ReactNode;
  /** A live region announces changes; use for results of an action, not static text. */
  live?: boolean;
}

/** An inline message box. Never a modal: the therapist may have the client in the room. */
export function Notice({ tone, title, children, live = false }: NoticeProps) {
  return (
    <div
      className={`notice notice--${tone}`}
      {...(live ? { role: tone === 'danger' ? 'alert' : 'status' } : {})}
    >
      {title ? <p className="notice__title">{title}</p> : null}
      <div className="notice__body">{children}</div>
    </div>
  );
}
