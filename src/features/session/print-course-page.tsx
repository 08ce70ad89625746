import { useEffect } from 'react';
import { Link, useParams } from 'react-router';

import { numberedSessions } from '../../domain/schedule';
import { CourseGuard } from '../../app-model/course-frame';
import { PrintMargins } from '../../app-model/print-margins';
import { usePreferences } from '../../state/preferences';

import { PrintAgenda } from '../../app-model/agenda/print-agenda';
import { PrintBar } from './print-week-page';

import { useAgendaData } from '../../app-model/agenda/agenda-data';
import { weekAgenda } from '../../app-model/agenda/week-agenda';

/** The whole course as a packet: one numbered session per page. */
export function PrintCoursePage() {
  const { courseId = '' } = useParams();
  const data = useAgendaData(courseId);
  const privacy = usePreferences().privacy;
  useEffect(() => {
    document.title = 'Print the course · IPT Planner';
  }, []);
  if (data.state === 'loading') return <CourseGuard state="loading" />;
  if (data.state === 'missing') {
    return (
      <>
        <h1>Course not found</h1>
        <Link to="/clients">Back to clients</Link>
      </>
    );
  }
  const weeks = numberedSessions(data.sessions).map((s) =>
    weekAgenda(data, { ...s, number: s.number ?? 0 }, privacy, 'paper'),
  );
  return (
    <div className="print-view">
      <div className="no-print">
        <h1>All agendas of the course ({weeks.length} sessions)</h1>
        <PrintBar back={`/courses/${courseId}`} />
      </div>
      <PrintMargins code={data.client.code} />
      {weeks.map((w) => (
        <PrintAgenda key={w.session.id} data={data} week={w} privacy={privacy} level={2} />
      ))}
    </div>
  );
}
