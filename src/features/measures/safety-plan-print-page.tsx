import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';

import { SAFETY_PLAN_LABEL, SAFETY_PLAN_SECTIONS } from '../../domain/measures';
import { clientLabel } from '../../domain/privacy';
import { getClient } from '../../db/clients';
import { getSafetyPlan } from '../../db/safety-plans';
import { PrintMargins } from '../../app-model/print-margins';
import { getCrisisContacts } from '../../db/settings';
import { usePreferences } from '../../state/preferences';
import './measures.css';

/** The client handout: the plan in their words and the crisis lines; no scores, flags or notes. */
export function SafetyPlanPrintPage() {
  const { clientId = '' } = useParams();
  const privacy = usePreferences().privacy;
  const data = useLiveQuery(async () => {
    const [client, plan, contacts] = await Promise.all([
      getClient(clientId),
      getSafetyPlan(clientId),
      getCrisisContacts(),
    ]);
    return { client, plan, contacts };
  }, [clientId]);
  if (data === undefined) return <p>Loading…</p>;
  const { client, plan, contacts } = data;
  if (!client) return <p>Client not found.</p>;
  return (
    <div className="print-view safety-plan-print">
      <div className="no-print button-row">
        <Link to={`/clients/${client.id}/safety-plan`}>Back to the safety plan</Link>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <PrintMargins paper="handout" />
      <section className="print-page">
        {/* Headed for the client: their name only when the therapist opted in, never the code. */}
        <h1>
          My safety plan
          {clientLabel(client, privacy) === client.code ? '' : `: ${clientLabel(client, privacy)}`}
        </h1>
        {SAFETY_PLAN_SECTIONS.map((s) => (
          <section key={s}>
            <h2>{SAFETY_PLAN_LABEL[s]}</h2>
            {plan && plan.sections[s].length > 0 ? (
              <ul>
                {plan.sections[s].map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : (
              <p>______________________________________________</p>
            )}
          </section>
        ))}
        <h2>If you are in crisis, call</h2>
        {contacts.length > 0 ? (
          <ul>
            {contacts.map((c, i) => (
              <li key={`${c.name}-${i}`}>
                {c.name}: {c.phone}
                {c.note ? ` (${c.note})` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p>Your local emergency number.</p>
        )}
      </section>
    </div>
  );
}
