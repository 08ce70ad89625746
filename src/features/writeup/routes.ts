/** Routes of the session write-up screens; the app wraps each in its error boundary. */
export const writeupRoutes = [
  {
    path: 'courses/:courseId/sessions/:sessionId/write-up',
    load: () => import('./writeup-page').then((m) => ({ Component: m.WriteUpPage })),
  },
  {
    path: 'courses/:courseId/write-ups',
    load: () => import('./course-writeups-page').then((m) => ({ Component: m.CourseWriteUpsPage })),
  },
  {
    path: 'write-ups/pending',
    load: () => import('./pending-page').then((m) => ({ Component: m.PendingWriteUpsPage })),
  },
];
