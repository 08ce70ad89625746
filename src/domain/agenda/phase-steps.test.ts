import { describe, expect, it } from 'vitest';
import type { Course } from '../types';
import {
  endingRaisedWeek,
  endingWindow,
  middleIndexOf,
  middleStepOf,
  reviewWeekOf,
} from './phase-steps';

type Shape = Pick<Course, 'length' | 'boundaries'>;
const shape = (length: number, initialEnd = 3, middleEnd = length - 3): Shape => ({
  length,
  boundaries: { initialEnd, middleEnd },
});

const weeksOf = (course: Shape, step: string) =>
  Array.from({ length: course.length }, (_, i) => i + 1).filter(
    (n) => middleStepOf(course, n) === step,
  );

describe('middleStepOf', () => {
  it.each([
    [12, [4, 5], [6, 7], [8, 9]],
    [14, [4, 5, 6], [7, 8], [9, 10, 11]],
    [16, [4, 5, 6], [7, 8, 9, 10], [11, 12, 13]],
  ])(
    'Given a %i-week course, it maps the middle weeks as the content table does',
    (length, early, mid, late) => {
      // Given the default boundaries (initial 1–3, last three are termination)
      const course = shape(length);
      // When each week is mapped / Then the early, mid and late weeks match the table
      expect(weeksOf(course, 'early')).toEqual(early);
      expect(weeksOf(course, 'mid')).toEqual(mid);
      expect(weeksOf(course, 'late')).toEqual(late);
    },
  );

  it.each([
    [1, 'initial'],
    [3, 'initial'],
    [14, 'termination'],
    [16, 'termination'],
  ])('Given session %i of 16 (%s), there is no middle step', (n) => {
    // Given a 16-week course / When a session outside the middle is mapped / Then no step
    expect(middleStepOf(shape(16), n)).toBeUndefined();
  });

  it('Given an IPT-B course of 8 (middle 3–6), each step gets at least one week', () => {
    // Given initial 1–2, termination 7–8
    const course = shape(8, 2, 6);
    // When mapped / Then early 3, mid 4–5, late 6
    expect([3, 4, 5, 6].map((n) => middleStepOf(course, n))).toEqual([
      'early',
      'mid',
      'mid',
      'late',
    ]);
  });

  it('Given a one-week middle phase, that week is mid', () => {
    // Given initial 1–4 and termination the last 4 of 9
    const course = shape(9, 4, 5);
    // When week 5 is mapped / Then it is 'mid'
    expect(middleStepOf(course, 5)).toBe('mid');
  });
});

describe('reviewWeekOf', () => {
  it.each([
    [12, 6],
    [14, 7],
    [16, 8],
    [8, 4],
  ])('Given a %i-week course, the review is at week %i', (length, week) => {
    // Given default boundaries / When the review week is asked / Then it matches the table
    const course = length === 8 ? shape(8, 2, 6) : shape(length);
    expect(reviewWeekOf(course)).toBe(week);
  });
});

describe('endingRaisedWeek', () => {
  it.each([
    [12, 9],
    [14, 11],
    [16, 13],
  ])('Given a %i-week course, the ending is announced at week %i (L-3)', (length, week) => {
    // Given default boundaries / When asked / Then L-3
    expect(endingRaisedWeek(shape(length))).toBe(week);
  });

  it('Given a very short middle, the ending is never announced inside the initial phase', () => {
    // Given 5 sessions with initial 1–3 / When asked / Then at least session 4
    expect(endingRaisedWeek(shape(5, 3, 3))).toBe(4);
  });
});

describe('endingWindow', () => {
  it.each([
    [12, 8, 9],
    [14, 10, 11],
    [16, 12, 13],
  ])('Given a %i-week course, the ending is named by weeks %i–%i', (length, from, to) => {
    // Given default boundaries / When asked / Then the "ending named by" weeks of the table
    expect(endingWindow(shape(length))).toEqual({ from, to });
  });
});

describe('middleIndexOf', () => {
  it('Given a 16-week course, week 4 is index 0, week 13 index 9, week 14 outside', () => {
    // Given the default boundaries / When indexes are asked / Then they count from the first middle week
    const course = shape(16);
    expect([4, 13, 14, 3].map((n) => middleIndexOf(course, n))).toEqual([0, 9, -1, -1]);
  });
});
