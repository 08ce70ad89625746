import { describe, expect, it } from 'vitest';

import { keyEventOf } from './formulation';
import type { FormulationInput } from './formulation';
import { onsetEvent } from './timeline';
import type { LifeEvent } from './timeline';

const event = (id: string, date: string, extra: Partial<LifeEvent> = {}): LifeEvent => ({
  id,
  courseId: 'k1',
  date,
  kind: 'life-event',
  description: id,
  ...extra,
});

// Mood first dropped on 1 Feb; the move (20 Jan, 12 days before) is nearer than the death
// (1 Jan, 31 days before), so the app's guess is the move.
const events: LifeEvent[] = [
  event('death', '2026-01-01'),
  event('move', '2026-01-20'),
  {
    id: 'low',
    courseId: 'k1',
    date: '2026-02-01',
    kind: 'mood-change',
    mood: 'lower',
    description: '',
  },
];

describe('onsetEvent', () => {
  it('Given no mark, Then the nearest life event is only a suggestion', () => {
    expect(onsetEvent(events)).toEqual({ event: events[1], marked: false });
  });

  it('Given the therapist marked another event, Then the mark wins over the guess', () => {
    const marked = events.map((e) => (e.id === 'death' ? { ...e, markedOnset: true as const } : e));
    expect(onsetEvent(marked)?.event.id).toBe('death');
    expect(onsetEvent(marked)?.marked).toBe(true);
  });
});

describe('keyEventOf (the formulation’s onset default)', () => {
  it('Given a marked event and no event chosen, Then the formulation hangs on the marked one', () => {
    const marked = events.map((e) => (e.id === 'death' ? { ...e, markedOnset: true as const } : e));
    const input = { events: marked } as unknown as FormulationInput;
    expect(keyEventOf(input)?.id).toBe('death');
    expect(keyEventOf({ ...input, keyEventId: 'move' })?.id).toBe('move');
  });
});
