import { Link } from 'react-router';
import type { ReactNode } from 'react';

import { Page } from '../../ui/page';

interface PrintFrameProps {
  title: string;
  clientText: string;
  backTo: string;
  children: ReactNode;
}

/** A print view: the client code in the header, and Print / Back controls that never print. */
export function PrintFrame({ title, clientText, backTo, children }: PrintFrameProps) {
  return (
    <Page
      title={title}
      subtitle={<span className="print-client">Client: {clientText}</span>}
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
      {children}
    </Page>
  );
}
