/**
 * Routes. Every screen is its own chunk, loaded when first visited, so the first load stays small;
 * each route has its own error boundary so one failing screen leaves the rest usable. Features
 * list their own routes (`features/<name>/routes.ts`); this file only assembles them.
 */
import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import type { RouteObject } from 'react-router';

import { backupRoutes } from '../features/backup/routes';
import { documentRoutes } from '../features/documents/routes';
import { inventoryRoutes } from '../features/inventory/routes';
import { measuresRoutes } from '../features/measures/routes';
import { sessionRoutes } from '../features/session/routes';
import { loadThisWeek, thisWeekRoutes } from '../features/this-week/routes';
import { writeupRoutes } from '../features/writeup/routes';

import { RouteError } from './route-error';
import { Shell } from './shell';

type Load = () => Promise<{ Component: ComponentType }>;

/** The first load: the whole shell at once, the screen's place held by a line of the page's text size. */
function Loading() {
  return (
    <Shell>
      <p className="page-loading" role="status">
        Loading…
      </p>
    </Shell>
  );
}

const screen = ({ path, load }: { path: string; load: Load }): RouteObject => ({
  path,
  lazy: load,
  ErrorBoundary: RouteError,
});

const foundationRoutes: { path: string; load: Load }[] = [
  {
    path: 'clients',
    load: () =>
      import('../features/clients/clients-page').then((m) => ({ Component: m.ClientsPage })),
  },
  {
    path: 'clients/:clientId',
    load: () =>
      import('../features/clients/client-page').then((m) => ({ Component: m.ClientPage })),
  },
  {
    path: 'clients/:clientId/courses/new',
    load: () =>
      import('../features/course-planner/new-course-page').then((m) => ({
        Component: m.NewCoursePage,
      })),
  },
  {
    path: 'courses/:courseId',
    load: () =>
      import('../features/course-overview/course-page').then((m) => ({ Component: m.CoursePage })),
  },
  {
    path: 'settings',
    load: () =>
      import('../features/settings/settings-page').then((m) => ({ Component: m.SettingsPage })),
  },
];

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Shell,
    ErrorBoundary: RouteError,
    HydrateFallback: Loading,
    children: [
      {
        index: true,
        lazy: loadThisWeek,
        ErrorBoundary: RouteError,
      },
      ...[
        ...foundationRoutes,
        ...sessionRoutes,
        ...measuresRoutes,
        ...thisWeekRoutes,
        ...inventoryRoutes,
        ...backupRoutes,
        ...writeupRoutes,
        ...documentRoutes,
      ].map(screen),
      screen({
        path: '*',
        load: () =>
          import('../features/not-found/not-found-page').then((m) => ({
            Component: m.NotFoundPage,
          })),
      }),
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
