/** Routes of the measures, risk and progress screens; the app wraps each in its error boundary. */
export const measuresRoutes: {
  path: string;
  load: () => Promise<{ Component: React.ComponentType }>;
}[] = [
  {
    path: 'courses/:courseId/sessions/:sessionId/measures',
    load: () => import('./measures-page').then((m) => ({ Component: m.MeasuresPage })),
  },
  {
    path: 'courses/:courseId/risk',
    load: () => import('./risk-page').then((m) => ({ Component: m.RiskPage })),
  },
  {
    path: 'courses/:courseId/progress',
    load: () => import('./progress-page').then((m) => ({ Component: m.ProgressPage })),
  },
  {
    path: 'courses/:courseId/progress/print',
    load: () => import('./progress-print-page').then((m) => ({ Component: m.ProgressPrintPage })),
  },
  {
    path: 'courses/:courseId/suitability',
    load: () => import('./suitability-page').then((m) => ({ Component: m.SuitabilityPage })),
  },
  {
    path: 'clients/:clientId/safety-plan',
    load: () => import('./safety-plan-page').then((m) => ({ Component: m.SafetyPlanPage })),
  },
  {
    path: 'clients/:clientId/safety-plan/print',
    load: () =>
      import('./safety-plan-print-page').then((m) => ({ Component: m.SafetyPlanPrintPage })),
  },
];
