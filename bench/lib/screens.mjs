/**
 * The screens the bench times (issue 15's table), each with:
 * - `path`: the deep link;
 * - `opened`: when the app's screen counts as open: its h1 starts with `h1`, every string of
 *   `texts` is in the page's text, and at least `min` elements match `css` (each optional);
 * - `floor`: what the floor page reads for the same screen (the rows the screen shows, by key or
 *   index, in one transaction) and shows as one list item per row.
 * The expected strings come from the generated records through the domain's own formatting
 * (`formatDay`) and rules (`pendingWriteUps`), never from the screens.
 */

function by(rows, key) {
  const map = new Map();
  for (const row of rows) {
    const k = row[key];
    if (!map.has(k)) map.set(k, []);
    map.get(k).push(row);
  }
  return map;
}

const ids = (rows, key = 'id') => [...new Set(rows.map((r) => r[key]))];

/** The course the per-course screens open: one running this week, with the most sessions held. */
function sampleCourse(t, weekStart, weekEnd) {
  const sessionsOf = by(t.sessions, 'courseId');
  const running = t.courses.filter((c) =>
    sessionsOf.get(c.id).some((s) => s.date >= weekStart && s.date <= weekEnd),
  );
  const held = (c) => sessionsOf.get(c.id).filter((s) => s.status === 'held').length;
  const course = running.filter((c) => held(c) < c.length).sort((a, b) => held(b) - held(a))[0];
  const sessions = [...sessionsOf.get(course.id)].sort((a, b) => a.date.localeCompare(b.date));
  return { course, sessions, client: t.clients.find((c) => c.id === course.clientId) };
}

/** Every screen of the table, built from the caseload `c` with domain helpers `d`. */
export function screensOf(c, d) {
  const t = c.tables;
  const { weekStart, today } = c.clock;
  const weekEnd = d.addDays(weekStart, 6);
  const clientOf = new Map(t.clients.map((x) => [x.id, x]));
  const courseOf = new Map(t.courses.map((x) => [x.id, x]));
  const week = t.sessions.filter((s) => s.date >= weekStart && s.date <= weekEnd);
  const weekCourses = week.map((s) => courseOf.get(s.courseId));
  const weekCodes = [...new Set(weekCourses.map((k) => clientOf.get(k.clientId).code))];
  const { course, sessions, client } = sampleCourse(t, weekStart, weekEnd);
  const held = sessions.filter((s) => s.status === 'held');
  const agendaSession = held.at(-1);
  const savedAgenda = t.agendas.find((a) => a.sessionId === agendaSession.id);
  const latestPhq = [
    ...by(
      t.measures.filter((m) => m.kind === 'phq9'),
      'courseId',
    ).values(),
  ].map((ms) => ms.at(-1));
  const latestOf = new Map(latestPhq.map((m) => [m.courseId, m]));
  const pending = d.pendingWriteUps(t.sessions, t.writeups, today).map((p) => p.session);
  const drafts = new Set(t.writeups.filter((w) => w.status === 'draft').map((w) => w.sessionId));
  const courseDays = sessions.map((s) => d.formatDay(s.date));
  const numberedDays = sessions.filter((s) => s.number !== null).map((s) => d.formatDay(s.date));
  const coursesOf = by(t.courses, 'clientId');
  const isCurrent = (x) => {
    const courses = coursesOf.get(x.id) ?? [];
    return !x.archived && (courses.length === 0 || courses.some((k) => !k.endedAt));
  };
  const current = t.clients.filter(isCurrent);
  const currentCodes = current.map((x) => x.code);
  const currentCourseIds = current.flatMap((x) => (coursesOf.get(x.id) ?? []).map((k) => k.id));
  const weekReads = [
    { store: 'sessions', index: 'date', range: [weekStart, weekEnd] },
    { store: 'courses', keys: ids(weekCourses) },
    { store: 'clients', keys: ids(weekCourses, 'clientId') },
    { store: 'riskFlags', index: 'status', only: 'open' },
  ];
  const perCourse = [
    { store: 'courses', keys: [course.id] },
    { store: 'clients', keys: [client.id] },
    { store: 'sessions', index: 'courseId', only: course.id },
  ];
  return [
    {
      key: 'this-week',
      label: `This week (${week.length} sessions)`,
      path: '/',
      opened: { h1: 'This week', texts: weekCodes },
      floor: {
        reads: [
          ...weekReads,
          {
            store: 'measures',
            keys: weekCourses.map((k) => latestOf.get(k.id)?.id).filter(Boolean),
          },
          { store: 'agendas', keys: week.map((s) => s.id) },
        ],
      },
    },
    {
      key: 'clients',
      label: `Clients list (${t.clients.length})`,
      path: '/clients',
      // The list opens on "Current": clients not archived with no course or one not ended.
      opened: { h1: 'Clients', texts: currentCodes },
      // Which clients are current follows from clients and courses, so the list reads those
      // whole with the open flags, then the sessions and measures of the current clients' courses
      // (for "session n of N" and the last PHQ-9); the floor reads the same rows (the write-ups
      // pending are counted from index keys, which the floor does not read).
      floor: {
        reads: [
          { store: 'clients' },
          { store: 'courses' },
          { store: 'sessions', index: 'courseId', anyOf: currentCourseIds },
          { store: 'measures', index: 'courseId', anyOf: currentCourseIds },
          { store: 'riskFlags', index: 'status', only: 'open' },
        ],
      },
    },
    {
      key: 'client',
      label: 'One client',
      path: `/clients/${client.id}`,
      opened: { h1: `Client ${client.code}`, css: `a[href="/courses/${course.id}"]`, min: 1 },
      floor: {
        reads: [
          { store: 'clients', keys: [client.id] },
          { store: 'courses', index: 'clientId', only: client.id },
        ],
      },
    },
    {
      key: 'course',
      label: 'Course overview',
      path: `/courses/${course.id}`,
      opened: { h1: `Course for ${client.code}`, texts: courseDays },
      floor: {
        reads: [
          ...perCourse,
          { store: 'agendas', index: 'courseId', only: course.id },
          { store: 'writeups', index: 'courseId', only: course.id },
        ],
      },
    },
    {
      key: 'agenda',
      label: "A week's agenda",
      path: `/courses/${course.id}/sessions/${agendaSession.id}`,
      opened: {
        h1: `Session ${agendaSession.number} of`,
        texts: savedAgenda.segments.map((s) => s.title),
      },
      floor: {
        reads: [
          ...perCourse,
          { store: 'agendas', keys: [agendaSession.id] },
          { store: 'measures', index: 'courseId', only: course.id },
        ],
      },
    },
    {
      key: 'progress',
      label: 'Progress',
      path: `/courses/${course.id}/progress`,
      opened: { h1: `Progress for ${client.code}`, css: 'main table tbody tr', min: held.length },
      floor: {
        reads: [
          ...perCourse,
          { store: 'measures', index: 'courseId', only: course.id },
          { store: 'ratings', index: 'courseId', only: course.id },
        ],
      },
    },
    {
      key: 'course-print',
      label: `Course print packet (${course.length} weeks)`,
      path: `/courses/${course.id}/print`,
      opened: { h1: 'All agendas of the course', texts: numberedDays },
      floor: { reads: [...perCourse, { store: 'agendas', index: 'courseId', only: course.id }] },
    },
    {
      key: 'week-print',
      label: "This week's print packet",
      path: '/week/print',
      opened: {
        h1: "This week's agendas",
        texts: [
          ...new Set(
            week
              .filter((s) => s.number !== null && s.status !== 'cancelled')
              .map((s) => clientOf.get(courseOf.get(s.courseId).clientId).code),
          ),
        ],
      },
      floor: { reads: [...weekReads, { store: 'agendas', keys: week.map((s) => s.id) }] },
    },
    {
      key: 'pending',
      label: `Write-ups to finish (${pending.length})`,
      path: '/write-ups/pending',
      opened: { h1: 'Write-ups to finish', css: 'main table tbody tr', min: pending.length },
      floor: {
        reads: [
          { store: 'sessions', keys: pending.map((s) => s.id) },
          { store: 'courses', keys: ids(pending, 'courseId') },
          {
            store: 'clients',
            keys: ids(
              pending.map((s) => courseOf.get(s.courseId)),
              'clientId',
            ),
          },
          { store: 'writeups', keys: pending.filter((s) => drafts.has(s.id)).map((s) => s.id) },
        ],
      },
    },
  ].map((s) => ({ ...s, today }));
}
