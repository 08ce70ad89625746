import { lazy, Suspense } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/**
 * The backup button is loaded only when an error is shown: its export code (and the date parsing
 * it pulls in) stays out of the entry chunk every first visit downloads.
 */
const ExportDataButton = lazy(() =>
  import('../features/settings/export-data-button').then((m) => ({ default: m.ExportDataButton })),
);

/** Holds the button's place, same label and size, while its code loads. */
function ExportButtonLoading() {
  return (
    <button type="button" disabled>
      Save a backup of all data
    </button>
  );
}

/**
 * A route's error boundary: the failing screen is replaced, the navigation stays, and the
 * therapist can save a copy of everything stored before trying again.
 */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (notFound) {
    return (
      <section className="page" aria-labelledby="error-title">
        <h1 id="error-title">Page not found</h1>
        <p>There is nothing at this address. It may have been deleted, or the link may be wrong.</p>
        <p>
          <Link to="/clients">Go to clients</Link>
        </p>
      </section>
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return (
    <section className="page" aria-labelledby="error-title">
      <h1 id="error-title">This screen could not be shown</h1>
      <p>
        Something went wrong on this screen. Your saved data is untouched; the rest of the app still
        works.
      </p>
      <details>
        <summary>Technical details</summary>
        <pre>{message}</pre>
      </details>
      <p>
        <Suspense fallback={<ExportButtonLoading />}>
          <ExportDataButton />
        </Suspense>{' '}
        <Link to="/">Go to this week</Link>
      </p>
    </section>
  );
}
