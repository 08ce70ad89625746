/** Routes of the backup screens; the app wraps each in its error boundary. */
export const backupRoutes = [
  {
    path: 'backup',
    load: () => import('./backup-page').then((m) => ({ Component: m.BackupPage })),
  },
];
