/**
 * The client's open risk flags, first on a client screen (not a course screen, so no course
 * context): the same banner, words and date format as `CourseRiskBanner`, never printed.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';

import { ITEM9_SCREEN_STATEMENT } from '../domain/measures';
import { listOpenFlags } from '../db/measures';
import { getCrisisContacts } from '../db/settings';
import { RiskBanner } from '../ui/risk-banner';

import { bannerFlags } from './flag-lines';

/** Open flags of one client, newest first, with a link to assess the newest one's course. */
export function ClientRiskBanner({ clientId }: { clientId: string }) {
  const data = useLiveQuery(async () => {
    const [flags, contacts] = await Promise.all([listOpenFlags(clientId), getCrisisContacts()]);
    return { flags, contacts };
  }, [clientId]);
  if (!data) return null;
  const newest = data.flags[0];
  return (
    <div className="no-print">
      <RiskBanner
        flags={bannerFlags(data.flags)}
        contacts={data.contacts}
        screenNote={ITEM9_SCREEN_STATEMENT}
        action={
          newest ? (
            <Link to={`/courses/${newest.courseId}/risk`}>Assess and acknowledge</Link>
          ) : null
        }
      />
    </div>
  );
}
