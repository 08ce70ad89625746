/** Routes of the inventory, timeline, formulation and contract screens. */
export const inventoryRoutes: {
  path: string;
  load: () => Promise<{ Component: React.ComponentType }>;
}[] = [
  {
    path: 'courses/:courseId/inventory',
    load: () => import('./inventory-page').then((m) => ({ Component: m.InventoryPage })),
  },
  {
    path: 'courses/:courseId/inventory/print',
    load: () => import('./inventory-print-page').then((m) => ({ Component: m.InventoryPrintPage })),
  },
  {
    path: 'courses/:courseId/formulation',
    load: () => import('./formulation-page').then((m) => ({ Component: m.FormulationPage })),
  },
  {
    path: 'courses/:courseId/formulation/print',
    load: () =>
      import('./formulation-print-page').then((m) => ({ Component: m.FormulationPrintPage })),
  },
];
