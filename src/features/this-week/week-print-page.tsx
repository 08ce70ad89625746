import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';

import { buildAgenda } from '../../domain/agenda/generate';
import { focusAt } from '../../domain/agenda/focus';
import { addDays, formatDay, startOfWeek } from '../../domain/dates';
import { AREA_LABEL } from '../../domain/labels';
import { clientLabel } from '../../domain/privacy';
import type { PrintPrivacy } from '../../domain/privacy';
import { listWeekOverview } from '../../db/week-overview';
import type { WeekOverviewEntry } from '../../db/week-overview';
import { todayIso } from '../../state/edge';
import { useUiStore } from '../../state/ui-store';

import { BlankPhq9 } from './blank-phq9';
import { sessionPhq9 } from './week-scores';
import './week-print.css';

/** Every agenda of the week in one packet, one per page, each followed by a blank PHQ-9. */
export function WeekPrintPage() {
  const weekStartsOn = useUiStore((s) => s.weekStartsOn);
  const privacy = useUiStore((s) => s.privacy);
  const from = startOfWeek(todayIso(), weekStartsOn);
  const to = addDays(from, 6);
  const entries = useLiveQuery(() => listWeekOverview(from, to), [from, to]);
  if (entries === undefined) return <p>Loading…</p>;
  const held = entries.filter((e) => e.session.number !== null && e.session.status !== 'cancelled');
  return (
    <div className="print-view">
      <div className="no-print button-row">
        <Link to="/">Back to this week</Link>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <h1 className="visually-hidden">
        This week&apos;s agendas, {formatDay(from)} to {formatDay(to)}
      </h1>
      {held.length === 0 ? <p>No sessions this week.</p> : null}
      {held.map((e) => (
        <AgendaPages key={e.session.id} entry={e} privacy={privacy} />
      ))}
    </div>
  );
}

function AgendaPages({ entry, privacy }: { entry: WeekOverviewEntry; privacy: PrintPrivacy }) {
  const { course, session, client } = entry;
  const n = session.number ?? 1;
  const last = sessionPhq9(entry);
  const agenda = buildAgenda({
    course,
    sessionNumber: n,
    focus: focusAt(course, entry.focusChanges, n),
    riskFlagOpen: entry.openFlags.length > 0,
    ...(last
      ? {
          latestScore: {
            total: last.measure.total,
            ...(last.baseline ? { baseline: last.baseline.total } : {}),
          },
        }
      : {}),
  });
  const segments = entry.savedAgenda?.segments ?? agenda.segments;
  const who = clientLabel(client, privacy);
  return (
    <>
      <section className="print-page compact-agenda" aria-label={`Agenda for ${who}`}>
        <h2>
          {who}: {agenda.title}
        </h2>
        <p>
          {formatDay(session.date)} {session.time} · {AREA_LABEL[agenda.focus.area]}
        </p>
        {last ? <p>{last.words}</p> : null}
        {entry.openFlags.length > 0 ? (
          <p>
            <strong>Open risk flag: assess risk and acknowledge first.</strong>
          </p>
        ) : null}
        <ol>
          {segments.map((s) => (
            <li key={s.id}>
              <strong>
                {s.title} ({s.minutes} min)
              </strong>
              {s.content[0] ? `: ${s.content[0]}` : ''}
            </li>
          ))}
        </ol>
        {agenda.reminders.length > 0 ? (
          <ul>
            {agenda.reminders.slice(0, 4).map((r) => (
              <li key={r.code}>{r.text}</li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="print-page" aria-label={`Blank PHQ-9 for ${who}`}>
        <BlankPhq9 who={who} date={formatDay(session.date)} />
      </section>
    </>
  );
}
