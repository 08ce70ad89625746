/** Routes of the inventory, timeline, formulation and contract screens. */
export const inventoryRoutes: {
  path: string;
  load: () => Promise<{ Component: React.ComponentType }>;
}[] = [];
