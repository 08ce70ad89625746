/** Words for the inventory's answers, on screen and on paper. */
import type { CanConfide, EventKind, ExpectationsMet, Ring } from '../../domain/inventory';

export const RING_LABEL: Record<Ring, string> = {
  1: '1 (closest)',
  2: '2 (middle)',
  3: '3 (furthest out)',
};

export const MET_LABEL: Record<ExpectationsMet, string> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
  unknown: 'Not known yet',
};

export const CONFIDE_LABEL: Record<CanConfide, string> = {
  yes: 'Yes',
  no: 'No',
  unsure: 'Unsure',
};

export const KIND_LABEL: Record<EventKind, string> = {
  'life-event': 'Life event',
  'mood-change': 'Mood change',
};
