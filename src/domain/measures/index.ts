/** Measures and risk: PHQ-9/GAD-7, change against baseline, risk flags, reviews and ratings. */
export * from './measure';
export * from './questionnaires';
export * from './scoring';
export * from './change';
export * from './risk';
export * from './review';
export * from './ratings';
export * from './suitability';
export * from './week-attention';
export * from './progress';
export * from './safety-plan';
export * from './course-events';
export * from './crisis-contacts';
export * from './summary';
export * from './measure-date';
export * from './risk-assessment';
