import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';

import { HandoutNames, useHandoutReview } from '../../app-model/name-review';
import { handoutName } from '../../domain/documents';
import type { InventoryPerson } from '../../domain/inventory';
import { SAFETY_PLAN_LABEL, SAFETY_PLAN_SECTIONS } from '../../domain/measures';
import type { SafetyPlan } from '../../domain/measures';
import { getClient } from '../../db/clients';
import { listCourses } from '../../db/courses';
import { listPeople } from '../../db/inventory';
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
    const [client, plan, contacts, courses] = await Promise.all([
      getClient(clientId),
      getSafetyPlan(clientId),
      getCrisisContacts(),
      listCourses(clientId),
    ]);
    const people = (await Promise.all(courses.map((c) => listPeople(c.id)))).flat();
    return { client, plan, contacts, people };
  }, [clientId]);
  if (data === undefined) return <p>Loading…</p>;
  const { client, plan, contacts, people } = data;
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
        {/* Headed for the client: by first name only when the therapist opted in, never the code. */}
        <h1>My safety plan</h1>
        {handoutName(client, privacy) ? <p>For {handoutName(client, privacy)}</p> : null}
        <PlanSections plan={plan} people={people} />
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

/**
 * The plan in the client's words, names as typed (the client knows the people); the therapist
 * may choose roles for this handout and replace names one by one.
 */
function PlanSections({ plan, people }: { plan?: SafetyPlan; people: InventoryPerson[] }) {
  const lines = SAFETY_PLAN_SECTIONS.flatMap((s) => plan?.sections[s] ?? []);
  const names = useHandoutReview(lines, people);
  let at = 0;
  return (
    <>
      <HandoutNames state={names} label="the safety plan" />
      {SAFETY_PLAN_SECTIONS.map((s) => (
        <section key={s}>
          <h2>{SAFETY_PLAN_LABEL[s]}</h2>
          {plan && plan.sections[s].length > 0 ? (
            <ul>
              {plan.sections[s].map((line, i) => (
                <li key={`${i}-${line}`}>{names.printed(at++)}</li>
              ))}
            </ul>
          ) : (
            <p>______________________________________________</p>
          )}
        </section>
      ))}
    </>
  );
}
