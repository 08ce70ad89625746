/** Routes of the documents screens: the hub, each editor and each print view. */
type Load = () => Promise<{ Component: React.ComponentType }>;

export const documentRoutes: { path: string; load: Load }[] = [
  {
    path: 'courses/:courseId/documents',
    load: () => import('./documents-page').then((m) => ({ Component: m.DocumentsPage })),
  },
  {
    path: 'courses/:courseId/sessions/:sessionId/task-card',
    load: () => import('./task-card-page').then((m) => ({ Component: m.TaskCardPage })),
  },
  {
    path: 'courses/:courseId/sessions/:sessionId/task-card/print',
    load: () => import('./task-card-print-page').then((m) => ({ Component: m.TaskCardPrintPage })),
  },
  {
    path: 'courses/:courseId/relapse-plan',
    load: () => import('./relapse-plan-page').then((m) => ({ Component: m.RelapsePlanPage })),
  },
  {
    path: 'courses/:courseId/relapse-plan/print',
    load: () =>
      import('./relapse-plan-print-page').then((m) => ({ Component: m.RelapsePlanPrintPage })),
  },
  {
    path: 'courses/:courseId/summary',
    load: () => import('./summary-page').then((m) => ({ Component: m.SummaryPage })),
  },
  {
    path: 'courses/:courseId/summary/print',
    load: () => import('./summary-print-page').then((m) => ({ Component: m.SummaryPrintPage })),
  },
  {
    path: 'courses/:courseId/supervision',
    load: () => import('./supervision-page').then((m) => ({ Component: m.SupervisionPage })),
  },
  {
    path: 'courses/:courseId/supervision/print',
    load: () =>
      import('./supervision-print-page').then((m) => ({ Component: m.SupervisionPrintPage })),
  },
];
