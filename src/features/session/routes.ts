/** Routes of the session (week) screens and their print views; the app wraps each in its error boundary. */
export const sessionRoutes = [
  {
    path: 'courses/:courseId/sessions/:sessionId',
    load: () => import('./session-page').then((m) => ({ Component: m.SessionPage })),
  },
  {
    path: 'courses/:courseId/sessions/:sessionId/print',
    load: () => import('./print-week-page').then((m) => ({ Component: m.PrintWeekPage })),
  },
  {
    path: 'courses/:courseId/print',
    load: () => import('./print-course-page').then((m) => ({ Component: m.PrintCoursePage })),
  },
];
