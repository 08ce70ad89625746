import { describe, expect, it } from 'vitest';

import { DEFAULT_PRIVACY } from '../privacy';

import { NOW, writeUp } from './fixtures';
import { progressNote, progressNoteHtml } from './note';
import { amendWriteUp } from './record';

const ctx = {
  client: { code: 'JT-16', fullName: 'Jane Taylor' },
  length: 16,
  focus: 'Role dispute (impasse)',
  people: [{ name: 'Sam', relationship: 'Partner' }],
};

describe('progressNote', () => {
  it('lays out a DAP note with the client code and people by role', () => {
    // Given a held session write-up naming Sam
    // When the DAP note is assembled with default privacy
    const text = progressNote(writeUp(), ctx, 'DAP', DEFAULT_PRIVACY);
    // Then it reads in the conventional order, with no names
    expect(text).toBe(
      [
        'IPT progress note — JT-16 — Mon 9 Mar 2026 — Session 2 of 16',
        '',
        'Format: DAP',
        '',
        'DATA',
        '- Attendance: Held, 50 minutes.',
        '- Scores: PHQ-9 14.',
        '- Covered: Mood and the week.',
        '- Last week’s task (“Call partner about Sunday”): partly done — partner was busy.',
        '- Spoke about the argument with partner.',
        '',
        'ASSESSMENT',
        '- Risk: No risk flag.',
        '- Focus: Role dispute (impasse).',
        '',
        'PLAN',
        '- Task for next week: Ask partner for one evening together.',
        '',
        'Draft, not finalised.',
        '',
      ].join('\n'),
    );
    expect(text).not.toMatch(/Sam|Jane/);
  });

  it('lays out SOAP sections and names people when opted in', () => {
    const text = progressNote(writeUp(), ctx, 'SOAP', {
      showClientName: true,
      showPeopleNames: true,
    });
    expect(text.split('\n').filter((l) => /^[A-Z]+$/.test(l))).toEqual([
      'SUBJECTIVE',
      'OBJECTIVE',
      'ASSESSMENT',
      'PLAN',
    ]);
    expect(text).toContain('Jane Taylor');
    expect(text).toContain('Call Sam about Sunday');
  });

  it('reads the amended record and lists each amendment with its reason', () => {
    // Given a final record amended from 50 to 45 minutes
    const amended = amendWriteUp(
      writeUp({ status: 'final', finalisedAt: NOW }),
      { minutes: 45 },
      'Ended early',
      '2026-03-10T08:00:00.000Z',
    );
    if (!amended.ok) throw new Error('fixture');
    // When the note is assembled
    const text = progressNote(amended.value, ctx, 'DAP', DEFAULT_PRIVACY);
    // Then it carries the amended value, the finalisation and the amendment
    expect(text).toContain('Attendance: Held, 45 minutes.');
    expect(text).toContain('Finalised 2026-03-09 15:30 UTC.');
    expect(text).toContain('Amended 2026-03-10 08:00 UTC: Minutes: 50 → 45. Reason: Ended early.');
  });

  it('keeps a cancellation short', () => {
    const text = progressNote(
      writeUp({ attendance: 'no-show', scores: {}, taskReview: undefined, note: '' }),
      ctx,
      'DAP',
      DEFAULT_PRIVACY,
    );
    expect(text).toContain('- Attendance: Client did not attend.');
    expect(text).not.toContain('Covered');
  });
});

describe('progressNoteHtml', () => {
  it('escapes free text and uses headings and lists', () => {
    const html = progressNoteHtml(writeUp({ note: 'A <b> & "c"' }), ctx, 'SOAP', DEFAULT_PRIVACY);
    expect(html).toContain('<h3>Subjective</h3><ul>');
    expect(html).toContain('<li>A &lt;b&gt; &amp; &quot;c&quot;</li>');
  });
});
