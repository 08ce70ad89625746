/**
 * Sample printed packets, as text: a 16-week course per problem area (and dispute stage) and a
 * brief IPT course, each with a short simulated history so the pages show the as-of data, the task
 * loop, a missed week, a flag and a mid-course decision. Run through `npm run examples`.
 */
import { focusText } from '../src/app-model/agenda/week-agenda';
import { weekAgendaAt } from '../src/domain/agenda/as-of';
import type { CourseFacts } from '../src/domain/agenda/as-of';
import { OUTCOME_WORDS } from '../src/domain/agenda/outcome';
import { addWeeks, formatDay } from '../src/domain/dates';
import { PHASE_LABEL } from '../src/domain/labels';
import type { Course, DisputeStage, ProblemArea, Session } from '../src/domain/types';

interface Example {
  file: string;
  area: ProblemArea;
  stage?: DisputeStage;
  length: number;
  person: string;
}

export const EXAMPLES: Example[] = [
  { file: 'grief-16.txt', area: 'grief', length: 16, person: 'mother' },
  {
    file: 'dispute-renegotiation-16.txt',
    area: 'role-dispute',
    stage: 'renegotiation',
    length: 16,
    person: 'partner',
  },
  {
    file: 'dispute-impasse-16.txt',
    area: 'role-dispute',
    stage: 'impasse',
    length: 16,
    person: 'partner',
  },
  {
    file: 'dispute-dissolution-16.txt',
    area: 'role-dispute',
    stage: 'dissolution',
    length: 16,
    person: 'husband',
  },
  { file: 'transition-16.txt', area: 'role-transition', length: 16, person: 'former colleague' },
  { file: 'deficits-16.txt', area: 'interpersonal-deficits', length: 16, person: 'neighbour' },
  {
    file: 'brief-ipt-8-dispute.txt',
    area: 'role-dispute',
    stage: 'renegotiation',
    length: 8,
    person: 'partner',
  },
];

const SCORES = [19, 18, 18, 17, 16, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6];

function factsFor(e: Example): CourseFacts {
  const brief = e.length === 8;
  const course: Course = {
    id: 'example',
    clientId: 'client',
    startDate: '2026-03-02',
    length: e.length,
    sessionMinutes: 50,
    time: '09:30',
    boundaries: brief
      ? { initialEnd: 2, middleEnd: 6 }
      : { initialEnd: 3, middleEnd: e.length - 3 },
    primaryArea: e.area,
    ...(e.stage ? { disputeStage: e.stage } : {}),
    goals: ['Feel less low', 'Talk about what matters'],
    mechanisms: [],
    missedSessionRule: 'counts-as-used',
    unavailableDates: [],
    createdAt: '2026-03-01T10:00:00Z',
  };
  const date = (n: number) => addWeeks(course.startDate, n - 1);
  const missed = brief ? 0 : 6;
  const sessions: Session[] = Array.from({ length: e.length }, (_, i) => ({
    id: `s${i + 1}`,
    courseId: course.id,
    number: i + 1,
    date: date(i + 1),
    time: '09:30',
    status: i + 1 === missed ? 'cancelled' : 'held',
  }));
  const scores = brief ? SCORES.filter((_, i) => i % 2 === 0) : SCORES;
  const measures = scores.map((total, i) => ({
    id: `m${i + 1}`,
    clientId: 'client',
    courseId: course.id,
    kind: 'phq9' as const,
    date: date(i + 1),
    answers: [
      3,
      3,
      2,
      2,
      2,
      2,
      2,
      Math.max(0, total - 16 - (i === 4 ? 1 : 0)),
      i === 4 ? 1 : 0,
    ].map((a) => Math.min(3, a)),
    total,
    status: 'complete' as const,
    recordedAt: `${date(i + 1)}T09:00:00Z`,
  }));
  return {
    course,
    sessions,
    measures,
    flags: brief
      ? []
      : [
          {
            id: 'f1',
            clientId: 'client',
            courseId: course.id,
            source: 'item9',
            raisedAt: `${date(5)}T09:05:00Z`,
            detail: 'PHQ-9 item 9 answered 1',
            status: 'acknowledged',
            acknowledgement: {
              assessed: true,
              safetyPlan: 'made',
              action: 'Safety plan made',
              note: '',
              at: `${date(5)}T10:00:00Z`,
            },
          },
        ],
    saved: [],
    focusChanges: [],
    people: [
      {
        id: 'p1',
        clientId: 'client',
        courseId: course.id,
        order: 0,
        name: 'Sam',
        relationship: e.person,
        ring: 1,
        contactFrequency: '',
        good: '',
        notGood: '',
        wouldChange: '',
        expectationsClient: '',
        expectationsOther: '',
        expectationsMet: 'unknown',
        canConfide: 'unsure',
        conflicts: '',
        changeSinceOnset: '',
        problemArea: e.area,
        createdAt: '2026-03-02T10:00:00Z',
      },
    ],
    contractAgreedOn: date(brief ? 2 : 3),
  };
}

function wrap(text: string, indent: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if ((line + ' ' + word).trim().length > 96 - indent.length) {
      out.push(indent + line.trim());
      line = word;
    } else line += ` ${word}`;
  }
  if (line.trim()) out.push(indent + line.trim());
  return out;
}

/** One example course as a printed packet in plain text, one page per session. */
export function packetText(e: Example): string {
  const facts = factsFor(e);
  const pages = facts.sessions.map((s) => {
    const w = weekAgendaAt(facts, { ...s, number: s.number ?? 0 }, (p) => p.relationship);
    const a = w.generated;
    const out = [
      `${'='.repeat(96)}`,
      `${a.title} · ${formatDay(s.date)} · ${PHASE_LABEL[a.phase]} phase${a.step ? ` (${a.step})` : ''}${s.status === 'cancelled' ? ' · CANCELLED (counts as used)' : ''}`,
      `Focus: ${focusText(a.focus)}`,
      ...(w.input.riskFlagOpen ? ['OPEN RISK FLAG — assess today'] : []),
      ...(a.outcome ? [`Outcome so far: ${OUTCOME_WORDS[a.outcome]}`] : []),
      ...a.reminders.flatMap((r) => wrap(`! ${r.text}`, '')),
      '',
    ];
    for (const seg of w.segments) {
      const mech = seg.mechanisms.length > 0 ? ` [serves: ${seg.mechanisms.join(', ')}]` : '';
      out.push(`${String(seg.minutes).padStart(2)} min  ${seg.title}${mech}`);
      for (const line of seg.content) out.push(...wrap(`- ${line}`, '         '));
    }
    const task = a.taskToSet.afterOutcome?.[0] ?? a.taskToSet.suggestions[0];
    out.push(
      '',
      `Task to review: ${a.taskToReview ? `"${a.taskToReview.text}"` : 'none recorded'}`,
    );
    out.push(...wrap(`Task to set (suggested): ${task ?? 'none this week'}`, ''));
    out.push('Notes: ______________________________________________', '');
    return out.join('\n');
  });
  return pages.join('\n');
}
