import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { RouteError } from './route-error';
import { Shell } from './shell';

function Broken(): never {
  throw new Error('The agenda could not be read');
}

describe('RouteError', () => {
  it('replaces only the failing screen; the navigation still works', async () => {
    // Given a screen that throws while rendering, inside the app shell
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = createMemoryRouter(
      [
        {
          path: '/',
          Component: Shell,
          children: [
            { path: 'broken', Component: Broken, ErrorBoundary: RouteError },
            { path: 'clients', element: <h1>Clients list</h1> },
          ],
        },
      ],
      { initialEntries: ['/broken'] },
    );
    render(<RouterProvider router={router} />);
    // Then the error screen explains, offers a backup, and keeps the navigation
    expect(
      await screen.findByRole('heading', { name: 'This screen could not be shown' }),
    ).toBeInTheDocument();
    expect(screen.getByText('The agenda could not be read')).toBeInTheDocument();
    // (the backup button's code loads on demand; its placeholder is disabled until then)
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Save a backup of all data' })).toBeEnabled(),
    );
    // When the therapist navigates away
    await userEvent.click(screen.getByRole('link', { name: 'Clients' }));
    // Then the other screen works
    expect(await screen.findByRole('heading', { name: 'Clients list' })).toBeInTheDocument();
  });
});
