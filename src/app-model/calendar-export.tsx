/**
 * "Add to calendar": downloads the course's sessions as an .ics file. Titles say "Session" unless
 * the therapist ticks the box to add the client code (calendars are often synced to the cloud).
 */
import { useState } from 'react';

import type { CourseView } from '../domain/course-view';
import { nowIso } from '../state/edge';

import { courseCalendarText } from './calendar';
import { CommandStatus } from './command-status';
import { downloadText } from './download';
import { useCommand } from './use-command';

async function exportCalendar(view: CourseView, showCode: boolean): Promise<string> {
  const text = await courseCalendarText(
    view.course,
    view.sessions,
    { showCode, code: view.client.code },
    new Date(nowIso()),
  );
  const name = `sessions-${showCode ? `${view.client.code}-` : ''}${view.course.startDate}.ics`;
  downloadText(text, name, 'text/calendar');
  return name;
}

export function CalendarExport({ view }: { view: CourseView }) {
  const [showCode, setShowCode] = useState(false);
  const download = useCommand(exportCalendar, { done: (name) => `Calendar file saved (${name}).` });
  return (
    <section className="card no-print" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Add the sessions to a calendar</h2>
      <p className="hint">
        One event per planned session, titled “Session”. Download again after a change: the calendar
        updates the dates.
      </p>
      <label className="choice">
        <input type="checkbox" checked={showCode} onChange={(e) => setShowCode(e.target.checked)} />{' '}
        Add the client code to each event title
      </label>
      <button
        type="button"
        disabled={download.pending}
        onClick={() => download.run(view, showCode)}
      >
        Download calendar file (.ics)
      </button>
      <CommandStatus status={download.status} />
    </section>
  );
}
