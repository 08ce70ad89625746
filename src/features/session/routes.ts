/** Routes of the session (week) screens; the app wraps each in its error boundary. */
export const sessionRoutes = [
  {
    path: 'courses/:courseId/sessions/:sessionId',
    load: () => import('./session-page').then((m) => ({ Component: m.SessionPage })),
  },
];
