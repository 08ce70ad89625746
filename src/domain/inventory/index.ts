/** The interpersonal inventory, closeness circle, timeline, formulation and treatment contract. */
export * from './person';
export * from './circle';
export * from './timeline';
export * from './formulation';
export * from './contract';
export * from './focus';
