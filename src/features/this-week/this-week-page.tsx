import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';

import { bannerFlags } from '../../app-model/flag-lines';
import { addDays, formatDay, startOfWeek } from '../../domain/dates';
import { ITEM9_SCREEN_STATEMENT } from '../../domain/measures/questionnaires';
import { getCrisisContacts } from '../../db/settings';
import { listWeekOverview } from '../../db/week-overview';
import type { WeekOverviewEntry } from '../../db/week-overview';
import { todayIso } from '../../state/edge';
import { usePreferences } from '../../state/preferences';
import { Page } from '../../ui/page';
import { RiskBanner } from '../../ui/risk-banner';
import { byText } from '../../domain/order';

import { NeedingOutcome, useSessionsNeedingOutcome } from './needing-outcome';
import { WeekRow } from './week-row';
import './this-week.css';

/** Clients with an open flag first; otherwise (and within) the week's time order. */
export function flagsFirst(entries: readonly WeekOverviewEntry[]): WeekOverviewEntry[] {
  const flagged = entries.filter((e) => e.openFlags.length > 0);
  return [...flagged, ...entries.filter((e) => e.openFlags.length === 0)];
}

/** Monday morning: every session of this week, open risk flags first, with what each must do. */
export function ThisWeekPage() {
  const weekStartsOn = usePreferences().weekStartsOn;
  const today = todayIso();
  const from = startOfWeek(today, weekStartsOn);
  const to = addDays(from, 6);
  const entries = useLiveQuery(() => listWeekOverview(from, to), [from, to]);
  const contacts = useLiveQuery(() => getCrisisContacts(), []);
  const due = useSessionsNeedingOutcome(today);
  const flags = [
    ...new Map(
      (entries ?? []).flatMap((e) => e.openFlags.map((f) => [f.id, { f, code: e.client.code }])),
    ).values(),
  ].sort((a, b) => byText(b.f.raisedAt, a.f.raisedAt));
  return (
    <Page
      title="This week"
      subtitle={`${formatDay(from)} to ${formatDay(to)}`}
      actions={
        <>
          {entries === undefined || entries.length > 0 ? (
            // Its place is kept (invisible) while the week is read, so the row does not move.
            <Link
              className="button"
              to="/week/print"
              style={entries ? undefined : { visibility: 'hidden' }}
            >
              Print this week
            </Link>
          ) : null}
          <Link className="button" to="/write-ups/pending">
            Write-ups to finish
          </Link>
        </>
      }
    >
      <RiskBanner
        flags={flags.flatMap(({ f, code }) => bannerFlags([f], `${code}: `))}
        contacts={contacts ?? []}
        screenNote={ITEM9_SCREEN_STATEMENT}
      />
      {due && entries ? <NeedingOutcome due={due} /> : null}
      {entries === undefined || due === undefined ? (
        <p>Loading…</p>
      ) : entries.length === 0 ? (
        <p>
          No sessions this week. <Link to="/clients">Go to clients</Link> to plan a course.
        </p>
      ) : (
        <ul className="week-list" aria-label="Sessions this week">
          {flagsFirst(entries).map((entry) => (
            <WeekRow key={entry.session.id} entry={entry} />
          ))}
        </ul>
      )}
    </Page>
  );
}
