import { beforeEach, describe, expect, it } from 'vitest';

import { client, course } from '../domain/schemas/test-fixtures';
import { resetDatabase } from '../../tests/setup/render-app';

import { deleteClientForever } from './clients';
import { getChosenBaseline, setChosenBaseline } from './course-records';
import { db } from './database';
import { mechanismRatingsOn, setMechanismRatings } from './ratings';
import { getSetting, setSetting } from './settings';

beforeEach(resetDatabase);

describe('course settings', () => {
  it('Given a chosen baseline and mechanism ratings, When the client is deleted, Then they go with the client and app settings stay', async () => {
    // Given a client, their course, its chosen baseline and ratings switch, and an app setting
    await db.clients.put(client);
    await db.courses.put(course);
    await setChosenBaseline('k1', 'phq9', 'm1');
    await setMechanismRatings('k1', true);
    await setSetting('weekStartsOn', 0);
    expect(await getChosenBaseline('k1', 'phq9')).toBe('m1');
    expect(await mechanismRatingsOn('k1')).toBe(true);
    // When the client is deleted for good
    await deleteClientForever('c1');
    // Then nothing of the course's settings remains; the week start is the therapist's, kept
    expect(await db.courseSettings.count()).toBe(0);
    expect(await getChosenBaseline('k1', 'phq9')).toBeUndefined();
    expect(await mechanismRatingsOn('k1')).toBe(false);
    expect(await getSetting('weekStartsOn', 1)).toBe(0);
  });

  it('Given a baseline for each questionnaire, When one is cleared, Then the other stays', async () => {
    await setChosenBaseline('k1', 'phq9', 'm1');
    await setChosenBaseline('k1', 'gad7', 'g1');
    await setChosenBaseline('k1', 'phq9', undefined);
    expect(await getChosenBaseline('k1', 'phq9')).toBeUndefined();
    expect(await getChosenBaseline('k1', 'gad7')).toBe('g1');
  });

  it('Given a stored setting whose value breaks its rule, Then it reads as the fallback', async () => {
    await db.settings.put({ key: 'retentionYears', value: -3 } as never);
    expect(await getSetting('retentionYears', 7)).toBe(7);
  });
});
