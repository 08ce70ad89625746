/** Renders the real routes in memory at a URL, for component tests that act like a user. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { routes } from '../../src/app/router';
import { db } from '../../src/db/database';

export function renderApp(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { ...view, user, router };
}

/** Empties every table between tests. */
export async function resetDatabase(): Promise<void> {
  await Promise.all(db.tables.map((t) => t.clear()));
}
