import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';

import { formatDay, isoDayOf } from '../../domain/dates';
import { ITEM9_SCREEN_STATEMENT, RISK_SOURCE_LABEL } from '../../domain/measures';
import { listOpenFlags } from '../../db/measures';
import { getCrisisContacts } from '../../db/settings';
import { RiskBanner } from '../../ui/risk-banner';

/** The client's open risk flags, first on the screen until acknowledged (never on paper). */
export function OpenFlags({ clientId, courseId }: { clientId: string; courseId: string }) {
  const flags = useLiveQuery(() => listOpenFlags(clientId), [clientId]);
  const contacts = useLiveQuery(() => getCrisisContacts(), []);
  return (
    <div className="no-print">
      <RiskBanner
        flags={(flags ?? []).map((f) => ({
          id: f.id,
          title: RISK_SOURCE_LABEL[f.source],
          detail: f.detail,
          raisedOn: formatDay(isoDayOf(new Date(f.raisedAt))),
        }))}
        contacts={contacts ?? []}
        screenNote={ITEM9_SCREEN_STATEMENT}
        action={<Link to={`/courses/${courseId}/risk`}>Assess and acknowledge</Link>}
      />
    </div>
  );
}
