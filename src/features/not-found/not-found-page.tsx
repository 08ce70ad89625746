import { Link } from 'react-router';

import { Page } from '../../ui/page';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>
        There is nothing at this address. The link may be wrong, or the record may have been
        deleted.
      </p>
      <p>
        <Link to="/">Go to this week</Link> or <Link to="/clients">go to clients</Link>.
      </p>
    </Page>
  );
}
