/**
 * Generating every agenda of a course, as the planner's overview does.
 * Run: npx vitest bench --run bench/agenda.bench.ts
 */
import { bench, describe } from 'vitest';
import { buildAgenda } from '../src/domain/agenda/generate';
import type { Course } from '../src/domain/types';
import { EXAMPLES, packetText } from '../scripts/examples-packets';

function courseOf(over: Partial<Course>): Course {
  const length = over.length ?? 16;
  return {
    id: 'course-bench',
    clientId: 'client-bench',
    startDate: '2026-03-02',
    length,
    sessionMinutes: 50,
    time: '09:30',
    boundaries: { initialEnd: 3, middleEnd: length - 3 },
    primaryArea: 'role-dispute',
    goals: ['Speak up at home'],
    mechanisms: ['interpersonal-skills'],
    missedSessionRule: 'counts-as-used',
    unavailableDates: [],
    createdAt: '2026-03-01T10:00:00Z',
    ...over,
  };
}

function allAgendas(course: Course) {
  const use: Record<string, number> = {};
  return Array.from({ length: course.length }, (_, i) => {
    const n = i + 1;
    const agenda = buildAgenda({
      course,
      sessionNumber: n,
      previous: { held: true, taskSet: 'Make one clear request', taskOutcome: 'partly' },
      strategyUse: { ...use },
      latestScore: { total: 20 - n, baseline: 20 },
      focusPersonLabel: 'partner',
    });
    for (const s of agenda.segments) if (s.id.startsWith('strategy-')) use[s.id.slice(9)] = n;
    return agenda;
  });
}

const dispute = courseOf({ length: 16, disputeStage: 'impasse', secondaryArea: 'role-transition' });
const grief = courseOf({ length: 12, primaryArea: 'grief', sessionMinutes: 45 });

describe('buildAgenda: a whole course', () => {
  bench('16-week role dispute (impasse), all 16 agendas', () => {
    allAgendas(dispute);
  });

  bench('12-week grief, all 12 agendas', () => {
    allAgendas(grief);
  });
});

describe('a printed packet, as of each date', () => {
  bench(
    '16-week grief packet (weekAgendaAt for every session, with history, flags and scores)',
    () => {
      packetText(EXAMPLES[0]!);
    },
  );
});
