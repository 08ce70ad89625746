/** Documents for the client (task card, relapse plan, end-of-treatment summary) and for supervision. */
export * from './client-safety';
export * from './stored';
export * from './task-card';
export * from './relapse-plan';
export * from './summary';
export * from './letter';
export * from './adherence';
export * from './supervision';
