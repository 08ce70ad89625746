/**
 * Where am I (issue 13): the client and course line and the course's sections, the same on every
 * course screen. The client's name shows on screen only (never printed); each section is listed
 * once, the current one marked with aria-current="page".
 */
import { Link, useLocation } from 'react-router';

import type { CourseView } from '../domain/course-view';
import { formatDay } from '../domain/dates';
import { AREA_LABEL } from '../domain/labels';
import { courseProgress } from '../domain/next-step';

interface Tab {
  label: string;
  to: string;
  /** Paths under the course (after /courses/:id) that belong to this section. */
  owns: RegExp;
}

/** The session a "This week's agenda" tab opens: the one in focus, else the last. */
function agendaSessionId(view: CourseView): string | undefined {
  const focus = courseProgress(view.sessions, view.course.length, view.today).focus;
  return (focus ?? view.sessions.at(-1))?.id;
}

function tabsOf(view: CourseView): Tab[] {
  const base = `/courses/${view.course.id}`;
  const session = agendaSessionId(view);
  return [
    { label: 'Overview', to: base, owns: /^\/?$/ },
    {
      label: 'This week’s agenda',
      to: session ? `${base}/sessions/${session}` : base,
      owns: /^\/sessions\/[^/]+\/?$/,
    },
    {
      label: 'Measures and progress',
      to: `${base}/progress`,
      owns: /^\/(progress|sessions\/[^/]+\/measures)/,
    },
    { label: 'Risk and safety', to: `${base}/risk`, owns: /^\/(risk|suitability)/ },
    {
      label: 'Inventory and formulation',
      to: `${base}/inventory`,
      owns: /^\/(inventory|formulation)/,
    },
    {
      label: 'Write-ups',
      to: `${base}/write-ups`,
      owns: /^\/(write-ups|sessions\/[^/]+\/write-up)/,
    },
    {
      label: 'Documents',
      to: `${base}/documents`,
      owns: /^\/(documents|relapse-plan|summary|supervision|sessions\/[^/]+\/task-card)/,
    },
  ];
}

/** The course's sections in one row of links; the one this screen belongs to is current. */
export function CourseTabs({ view }: { view: CourseView }) {
  const { pathname } = useLocation();
  const base = `/courses/${view.course.id}`;
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : '';
  return (
    <nav aria-label="Course sections" className="course-tabs no-print">
      <ul>
        {tabsOf(view).map((tab) => (
          <li key={tab.label}>
            <Link to={tab.to} {...(tab.owns.test(rest) ? { 'aria-current': 'page' as const } : {})}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "PRN-7 (Ana K.) · Role dispute · Session 3 of 12 · Next session Wed 18 Nov 2026, 10:00". */
export function CourseHeader({ view }: { view: CourseView }) {
  const { client, course } = view;
  const progress = courseProgress(view.sessions, course.length, view.today);
  const next = progress.focus;
  return (
    <div className="course-header no-print">
      <dl aria-label="Client and course">
        <div>
          <dt>Client</dt>
          <dd>
            <Link to={`/clients/${client.id}`}>{client.code}</Link>
            {client.fullName ? <span className="muted"> ({client.fullName})</span> : null}
          </dd>
        </div>
        <div>
          <dt>Focus</dt>
          <dd>{AREA_LABEL[course.primaryArea]}</dd>
        </div>
        <div>
          <dt>Course</dt>
          <dd>{course.endedAt ? 'Course ended' : progress.label}</dd>
        </div>
        <div>
          <dt>Next session</dt>
          <dd>
            {next
              ? `${progress.today ? 'Today, ' : ''}${formatDay(next.date)}, ${next.time}`
              : 'None planned'}
          </dd>
        </div>
      </dl>
    </div>
  );
}
