import { describe, expect, it } from 'vitest';
import { checkSegment, checkTotal, diffAgendas, moveSegment, totalMinutes } from './edit';
import type { AgendaSegment } from './types';

function segmentOf(id: string, minutes: number, over: Partial<AgendaSegment> = {}): AgendaSegment {
  return {
    id,
    title: `Part ${id}`,
    minutes,
    content: ['line'],
    techniques: [],
    mechanisms: [],
    ...over,
  };
}

describe('checkSegment', () => {
  it('Given a titled segment with whole minutes, there are no problems', () => {
    // Given a valid segment / When checked / Then nothing
    expect(checkSegment(segmentOf('a', 10))).toEqual([]);
  });

  it.each([
    ['an empty title', { title: '  ' }, 'title-missing', 'title'],
    ['negative minutes', { minutes: -5 }, 'minutes-negative', 'minutes'],
    ['fractional minutes', { minutes: 7.5 }, 'minutes-not-whole', 'minutes'],
    ['NaN minutes', { minutes: Number.NaN }, 'minutes-not-number', 'minutes'],
    ['text minutes', { minutes: 'ten' }, 'minutes-not-number', 'minutes'],
    ['empty minutes', { minutes: '' }, 'minutes-not-number', 'minutes'],
  ])('Given %s, it is refused on its field', (_label, over, code, field) => {
    // Given the faulty edit / When checked / Then one error on that field
    expect(checkSegment({ ...segmentOf('a', 10), ...over })).toEqual([
      expect.objectContaining({ code, field, severity: 'error' }),
    ]);
  });

  it('Given minutes typed as "12", they are accepted', () => {
    // Given a numeric string / When checked / Then no problem
    expect(checkSegment({ ...segmentOf('a', 0), minutes: '12' })).toEqual([]);
  });
});

describe('totalMinutes', () => {
  it('Given three segments, it sums their minutes', () => {
    // Given 5 + 20 + 25 / When summed / Then 50
    expect(totalMinutes([segmentOf('a', 5), segmentOf('b', 20), segmentOf('c', 25)])).toBe(50);
  });
});

describe('checkTotal', () => {
  it.each([
    [[5, 20, 25], 50, []],
    [[5, 20, 28], 50, ['total-over', '3 minutes over']],
    [[5, 20, 24], 50, ['total-under', '1 minute under']],
  ])('Given parts %j in a %i-minute session, it warns %j', (parts, session, expected) => {
    // Given the parts / When the total is checked
    const found = checkTotal(
      parts.map((m, i) => segmentOf(String(i), m)),
      session,
    );
    // Then a warning only when the total differs, saying over or under by how much
    if (expected.length === 0) expect(found).toEqual([]);
    else {
      expect(found).toHaveLength(1);
      expect(found[0]).toEqual(expect.objectContaining({ code: expected[0], severity: 'warning' }));
      expect(found[0]?.message).toContain(expected[1]);
    }
  });
});

describe('moveSegment', () => {
  const list = ['a', 'b', 'c', 'd'];

  it.each([
    [0, 2, ['b', 'c', 'a', 'd']],
    [3, 0, ['d', 'a', 'b', 'c']],
    [1, 1, ['a', 'b', 'c', 'd']],
    [-1, 2, ['a', 'b', 'c', 'd']],
    [1, 9, ['a', 'b', 'c', 'd']],
  ])('Given a move from %i to %i, the order becomes %j', (from, to, expected) => {
    // Given four items / When moved / Then the new order, and the original untouched
    expect(moveSegment(list, from, to)).toEqual(expected);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('diffAgendas', () => {
  it('Given an edited saved agenda, it lists what regenerating would add, remove and change', () => {
    // Given a saved agenda with an edited title and a custom part
    const saved = [
      segmentOf('opening', 5),
      segmentOf('task-review', 10, { title: 'My own wording' }),
      segmentOf('custom-note', 5),
    ];
    // And a regenerated one with a new strategy and different minutes in the opening
    const regenerated = [
      segmentOf('opening', 6),
      segmentOf('task-review', 10),
      segmentOf('strategy-grief-retell-death', 25),
    ];
    // When diffed
    const diff = diffAgendas(saved, regenerated);
    // Then each difference is reported, and nothing is lost from the saved version
    expect(diff.added.map((s) => s.id)).toEqual(['strategy-grief-retell-death']);
    expect(diff.removed.map((s) => s.id)).toEqual(['custom-note']);
    expect(diff.changed.map((c) => [c.id, c.fields])).toEqual([
      ['opening', ['minutes']],
      ['task-review', ['title']],
    ]);
    expect(diff.changed[1]?.saved.title).toBe('My own wording');
    expect(diff.unchanged).toEqual([]);
  });

  it('Given identical agendas, nothing would change', () => {
    // Given the same segments / When diffed / Then all unchanged
    const same = [segmentOf('a', 5), segmentOf('b', 45, { content: ['x', 'y'] })];
    const diff = diffAgendas(same, structuredClone(same));
    expect(diff).toEqual({ added: [], removed: [], changed: [], unchanged: ['a', 'b'] });
  });

  it('Given content lines that differ, the content field is reported', () => {
    // Given one changed line / When diffed / Then 'content' differs
    const diff = diffAgendas(
      [segmentOf('a', 5, { content: ['x'] })],
      [segmentOf('a', 5, { content: ['y'] })],
    );
    expect(diff.changed[0]?.fields).toEqual(['content']);
  });
});
