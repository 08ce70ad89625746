/**
 * Two tabs on one write-up (two renders of the app sharing the database): a save over a record
 * changed in the other tab is refused and offered (keep mine, take theirs, keep both), and a
 * record finalised in one tab is never written back as a draft by the other's pending autosave.
 */
import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { saveDraft } from '../../app-model/commands/writeup';
import { getWriteUp, saveWriteUpWithSchedule } from '../../db/writeups';
import { renderTabs } from '../../../tests/fixtures/db/render-tabs';
import { seedGriefCourse } from '../../../tests/setup/seed-grief-course';

const URL = '/courses/k1/sessions/s2/write-up';

beforeEach(async () => {
  // Monday 16 March 2026: session 2 (9 March) is past
  vi.setSystemTime(new Date('2026-03-16T12:00:00'));
  await seedGriefCourse('TT-1');
});

/** Opens the write-up in two tabs and returns each tab's queries. */
async function openTabs() {
  const { user } = renderTabs(URL);
  const tabs = [1, 2].map((i) => ({ user, tab: within(screen.getByTestId(`tab-${i}`)) }));
  for (const t of tabs) await t.tab.findByLabelText('Session note');
  return tabs as [Tab, Tab];
}
type Tab = { user: ReturnType<typeof userEvent.setup>; tab: ReturnType<typeof within> };

async function typeAndSave(opened: Tab, text: string) {
  await opened.user.type(opened.tab.getByLabelText('Session note'), text);
  expect(await opened.tab.findByText(/^Draft saved \d\d:\d\d$/)).toBeVisible();
}

describe('two tabs on one write-up', { timeout: 60_000 }, () => {
  it('refuses to overwrite the other tab’s save and keeps both when asked', async () => {
    // Given the write-up open in two tabs
    const [a, b] = await openTabs();
    // When tab A saves a note, then tab B (which read the record before) types its own
    await typeAndSave(a, 'From A');
    await b.user.type(b.tab.getByLabelText('Session note'), 'From B');
    // Then B's save is refused and the choice offered; nothing of A's was overwritten
    expect(
      await b.tab.findByRole('heading', { name: 'This write-up was changed in another tab' }),
    ).toBeVisible();
    expect((await getWriteUp('s2'))?.note).toBe('From A');
    expect(b.tab.getByLabelText('Session note')).toHaveValue('From B');
    // When B keeps both
    await b.user.click(b.tab.getByRole('button', { name: 'Keep both' }));
    // Then B's text stays first as typed and A's follows below a marked line, stored
    await waitFor(async () =>
      expect((await getWriteUp('s2'))?.note).toMatch(
        /^From B\n\n--- From the other tab \(saved Mon 16 Mar 2026 at 12:00\) ---\nFrom A$/,
      ),
    );
    expect(b.tab.queryByRole('heading', { name: /changed in another tab/ })).toBeNull();
  });

  it('takes the other tab’s text, or keeps this tab’s, as chosen', async () => {
    const [a, b] = await openTabs();
    await typeAndSave(a, 'From A');
    await b.user.type(b.tab.getByLabelText('Session note'), 'From B');
    await b.user.click(await b.tab.findByRole('button', { name: 'Take theirs' }));
    expect(b.tab.getByLabelText('Session note')).toHaveValue('From A');
    // A types again; B (now on A's revision) types over it and keeps its own
    await typeAndSave(a, ' again');
    await b.user.type(b.tab.getByLabelText('Session note'), ' and B');
    await b.user.click(await b.tab.findByRole('button', { name: 'Keep mine' }));
    await waitFor(async () => expect((await getWriteUp('s2'))?.note).toBe('From A and B'));
  });

  it('never writes a record finalised in one tab back as a draft from the other', async () => {
    const [a, b] = await openTabs();
    await typeAndSave(a, 'Final words');
    // B still holds a draft of its own, not yet saved
    await b.user.type(b.tab.getByLabelText('Session note'), 'Late typing');
    // A finalises
    await a.user.click(a.tab.getByRole('button', { name: 'Finalise write-up' }));
    await a.user.click(await a.tab.findByRole('button', { name: 'Yes, finalise and lock' }));
    expect(await a.tab.findByText('Write-up finalised')).toBeVisible();
    // B's pending save is refused: the record stays final with its stamp and A's note
    await waitFor(async () => {
      const stored = await getWriteUp('s2');
      expect(stored?.status).toBe('final');
      expect(stored?.finalisedAt).toBeDefined();
      expect(stored?.note).toBe('Final words');
    });
    // Whatever the caller: the command refuses with a sentence, the store refuses too
    const final = (await getWriteUp('s2'))!;
    await expect(saveDraft({ ...final, status: 'draft' }, [])).rejects.toThrow(
      /already final \(perhaps in another tab\)/,
    );
    await expect(
      saveWriteUpWithSchedule({ ...final, status: 'draft', finalisedAt: undefined }, []),
    ).rejects.toThrow('A finalised write-up is never written back as a draft.');
    expect((await getWriteUp('s2'))?.status).toBe('final');
    expect(screen.getAllByText(/Finalised on/).length).toBeGreaterThan(0);
  });
});
