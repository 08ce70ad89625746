import { useEffect } from 'react';
import { Link, useParams } from 'react-router';

import { CourseGuard } from '../../app-model/course-frame';
import { PrintMargins } from '../../app-model/print-margins';
import { usePreferences } from '../../state/preferences';

import { PrintAgenda } from '../../app-model/agenda/print-agenda';

import { useAgendaData } from '../../app-model/agenda/agenda-data';
import { weekAgenda } from '../../app-model/agenda/week-agenda';

/** The print view of one week: one page on A4 or US Letter. */
export function PrintWeekPage() {
  const { courseId = '', sessionId = '' } = useParams();
  const data = useAgendaData(courseId);
  const privacy = usePreferences().privacy;
  const session =
    data.state === 'ready' ? data.sessions.find((s) => s.id === sessionId) : undefined;
  const title = session?.number ? `Print session ${session.number}` : 'Print';
  useEffect(() => {
    document.title = `${title} · IPT Planner`;
  }, [title]);
  if (data.state === 'loading') return <CourseGuard state="loading" />;
  if (data.state === 'missing' || !session || session.number === null) {
    return (
      <>
        <h1>Session not found</h1>
        <Link to="/clients">Back to clients</Link>
      </>
    );
  }
  const week = weekAgenda(data, { ...session, number: session.number }, privacy, 'paper');
  return (
    <div className="print-view">
      <PrintBar back={`/courses/${courseId}/sessions/${sessionId}`} />
      <PrintMargins code={data.client.code} />
      <PrintAgenda data={data} week={week} privacy={privacy} level={1} />
    </div>
  );
}

/** The Print button and the way back; never printed. */
export function PrintBar({ back }: { back: string }) {
  return (
    <div className="button-row no-print print-bar">
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
      <Link to={back}>Back</Link>
    </div>
  );
}
