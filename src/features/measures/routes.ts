/** Routes of the measures, risk and progress screens; the app wraps each in its error boundary. */
export const measuresRoutes: {
  path: string;
  load: () => Promise<{ Component: React.ComponentType }>;
}[] = [];
