import { Link } from 'react-router';
import type { ReactNode } from 'react';

import { Page } from '../../ui/page';

import './documents.css';

/** Shown while loading, or when the course does not exist. */
export function NotReady({ state }: { state: 'loading' | 'missing' }) {
  if (state === 'loading') return <p>Loading…</p>;
  return (
    <Page title="Course not found">
      <p>
        This course does not exist. <Link to="/clients">Back to clients</Link>
      </p>
    </Page>
  );
}

interface PrintViewProps {
  title: string;
  backTo: string;
  children: ReactNode;
}

/** A print view: Print and Back controls that never print, then `.print-page` blocks. */
export function PrintView({ title, backTo, children }: PrintViewProps) {
  return (
    <Page
      title={title}
      actions={
        <>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          <Link className="button" to={backTo}>
            Back
          </Link>
        </>
      }
    >
      <div className="doc-print">{children}</div>
    </Page>
  );
}

/** The crisis lines configured in settings, printed on every client document. */
export function CrisisLines({
  contacts,
}: {
  contacts: readonly { name: string; phone: string; note?: string }[];
}) {
  if (contacts.length === 0) {
    return <p className="doc-crisis">If you feel unsafe, call your local emergency number.</p>;
  }
  return (
    <div className="doc-crisis">
      <p className="doc-crisis__title">If you need help urgently</p>
      <ul>
        {contacts.map((c) => (
          <li key={`${c.name}-${c.phone}`}>
            {c.name}: {c.phone}
            {c.note ? ` (${c.note})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
