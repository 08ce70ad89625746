/** Routes of "This week" and its Monday packet; the app wraps each in its error boundary. */
export const thisWeekRoutes: {
  path: string;
  load: () => Promise<{ Component: React.ComponentType }>;
}[] = [
  {
    path: 'week/print',
    load: () => import('./week-print-page').then((m) => ({ Component: m.WeekPrintPage })),
  },
];

/** The home screen (the index route). */
export const loadThisWeek = () =>
  import('./this-week-page').then((m) => ({ Component: m.ThisWeekPage }));
