/** The session write-up: prefill, checks, finalise and amend, the progress note, retention. */
export * from './types';
export * from './prefill';
export * from './record';
export * from './note';
export * from './retention';
export * from './pending';
export * from './note-lines';
