import { describe, expect, it } from 'vitest';

import { phq9 } from '../measures/test-fixtures';
import { latestPhq9Severity } from './severity';

describe('latestPhq9Severity', () => {
  it('takes the latest complete PHQ-9 of the course and names its band', () => {
    // Given two complete PHQ-9s and a later draft
    const measures = [
      phq9({ id: 'a', total: 8, date: '2026-03-02' }),
      phq9({ id: 'b', total: 16, date: '2026-03-09' }),
      { ...phq9({ id: 'c', total: 3, date: '2026-03-16' }), status: 'draft' as const },
    ];
    // When the severity is read
    // Then the latest complete one counts
    expect(latestPhq9Severity(measures, 'course-1')).toEqual({
      total: 16,
      band: 'Moderately severe',
    });
  });

  it('is undefined with no PHQ-9 in the course', () => {
    // Given a PHQ-9 of another course only
    const measures = [phq9({ id: 'a', total: 8, courseId: 'other' })];
    // Then nothing is quoted
    expect(latestPhq9Severity(measures, 'course-1')).toBeUndefined();
  });

  it('ignores GAD-7s', () => {
    const gad = {
      ...phq9({ id: 'g', total: 5 }),
      kind: 'gad7' as const,
      answers: [1, 1, 1, 1, 1, 0, 0],
    };
    expect(latestPhq9Severity([gad], 'course-1')).toBeUndefined();
  });
});
