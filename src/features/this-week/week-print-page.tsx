import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';

import { readAgendaDataOf } from '../../app-model/agenda/agenda-data';
import type { CourseAgendaData } from '../../app-model/agenda/agenda-data';
import { PrintAgenda } from '../../app-model/agenda/print-agenda';
import { weekAgenda } from '../../app-model/agenda/week-agenda';
import { PrintMargins } from '../../app-model/print-margins';
import { addDays, formatDay, startOfWeek } from '../../domain/dates';
import { clientLabel } from '../../domain/privacy';
import type { PrintPrivacy } from '../../domain/privacy';
import type { Session } from '../../domain/types';
import { listWeek } from '../../db/week';
import { todayIso } from '../../state/edge';
import { usePreferences } from '../../state/preferences';

import { BlankPhq9 } from './blank-phq9';
import './week-print.css';

interface WeekPage {
  data: CourseAgendaData;
  session: Session & { number: number };
}

/** The week's sessions, each with its course's agenda facts (every course in one read). */
async function readWeekPages(from: string, to: string): Promise<WeekPage[]> {
  const entries = (await listWeek(from, to)).filter(
    (e) => e.session.number !== null && e.session.status !== 'cancelled',
  );
  const courseIds = [...new Set(entries.map((e) => e.course.id))];
  const byCourse = await readAgendaDataOf(courseIds);
  return entries.flatMap((e) => {
    const data = byCourse.get(e.course.id);
    const number = e.session.number;
    return data && number !== null ? [{ data, session: { ...e.session, number } }] : [];
  });
}

/**
 * Every agenda of the week in one packet: each session's full agenda exactly as its single-week
 * page prints it (the same facts as of its date), followed by a blank PHQ-9 for the client.
 */
export function WeekPrintPage() {
  const weekStartsOn = usePreferences().weekStartsOn;
  const privacy = usePreferences().privacy;
  const from = startOfWeek(todayIso(), weekStartsOn);
  const to = addDays(from, 6);
  const pages = useLiveQuery(() => readWeekPages(from, to), [from, to]);
  if (pages === undefined) return <p role="status">Loading this week’s agendas…</p>;
  return (
    <div className="print-view">
      <div className="no-print button-row">
        <Link to="/">Back to this week</Link>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <PrintMargins />
      <h1 className="visually-hidden">
        This week&apos;s agendas, {formatDay(from)} to {formatDay(to)}
      </h1>
      {pages.length === 0 ? <p>No sessions this week.</p> : null}
      {pages.map((p) => (
        <AgendaPages key={p.session.id} page={p} privacy={privacy} />
      ))}
    </div>
  );
}

function AgendaPages({ page, privacy }: { page: WeekPage; privacy: PrintPrivacy }) {
  const week = weekAgenda(page.data, page.session, privacy, 'paper');
  const who = clientLabel(page.data.client, privacy);
  return (
    <>
      <PrintAgenda data={page.data} week={week} privacy={privacy} level={2} />
      <section className="print-page" aria-label={`Blank PHQ-9 for ${who}`}>
        <BlankPhq9 who={who} date={formatDay(page.session.date)} />
      </section>
    </>
  );
}
