import { useParams } from 'react-router';

import { CoursePrintFrame } from '../../app-model/course-frame';

import { formatDay } from '../../domain/dates';
import type { InventoryPerson, LifeEvent } from '../../domain/inventory';
import { nearestToOnset } from '../../domain/inventory';
import { clientLabel, personLabel, redactNames } from '../../domain/privacy';
import type { PrintPrivacy } from '../../domain/privacy';
import { useUiStore } from '../../state/ui-store';

import { CircleFigure } from './circle-figure';
import './inventory.css';
import { KIND_LABEL } from './inventory-labels';
import { personDetails } from './person-card';
import { useLifeEvents, usePeople } from './use-inventory';

function PeopleOnPaper({ people, privacy }: { people: InventoryPerson[]; privacy: PrintPrivacy }) {
  return (
    <ol className="print-people-list">
      {people.map((p) => (
        <li key={p.id} className="person-card">
          <h3 className="person-card__name">{personLabel(p, privacy, 'paper')}</h3>
          <dl className="summary person-card__details">
            {personDetails(p).map((r) => (
              <div key={r.term} className="person-card__row">
                <dt>{r.term}</dt>
                <dd>{redactNames(r.value, people, privacy)}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}

function TimelineOnPaper(props: {
  events: LifeEvent[];
  people: InventoryPerson[];
  privacy: PrintPrivacy;
}) {
  const { events, people, privacy } = props;
  const key = nearestToOnset(events);
  if (events.length === 0) return null;
  return (
    <section className="print-page">
      <h2>Timeline</h2>
      <ol className="timeline">
        {events.map((e) => (
          <li
            key={e.id}
            className={`timeline__item${e.id === key?.id ? ' timeline__item--key' : ''}`}
          >
            <p className="timeline__when">
              {formatDay(e.date)} ·{' '}
              {e.kind === 'mood-change' ? `Mood ${e.mood ?? ''}` : KIND_LABEL[e.kind]}
              {e.id === key?.id ? ' · nearest to onset' : ''}
            </p>
            <p className="timeline__what">{redactNames(e.description, people, privacy)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The circles, the people and the timeline on paper. */
function InventoryOnPaper({ courseId, client }: { courseId: string; client: string }) {
  const people = usePeople(courseId);
  const events = useLifeEvents(courseId);
  const privacy = useUiStore((s) => s.privacy);
  if (!people || !events) return <p role="status">Loading the inventory…</p>;
  const label = (p: InventoryPerson) => personLabel(p, privacy, 'paper');
  const hasEnd = people.some((p) => p.endRing !== undefined);
  return (
    <>
      <section className="print-page">
        <h2>Closeness circle</h2>
        <div className={`circles${hasEnd ? ' circles--two' : ''}`}>
          <figure className="circle-panel">
            <CircleFigure
              people={people}
              circle="start"
              title="Closeness circle at the start"
              centreLabel={client}
              labelOf={label}
            />
            <figcaption>At the start of the course</figcaption>
          </figure>
          {hasEnd ? (
            <figure className="circle-panel">
              <CircleFigure
                people={people}
                circle="end"
                title="Closeness circle at the end"
                centreLabel={client}
                labelOf={label}
              />
              <figcaption>At the end of the course</figcaption>
            </figure>
          ) : null}
        </div>
      </section>
      <section className="print-page">
        <h2>People</h2>
        {people.length === 0 ? (
          <p>No one recorded.</p>
        ) : (
          <PeopleOnPaper people={people} privacy={privacy} />
        )}
      </section>
      <TimelineOnPaper events={events} people={people} privacy={privacy} />
    </>
  );
}

/** The inventory, the closeness circles and the timeline on paper: people by role unless opted in. */
export function InventoryPrintPage() {
  const { courseId = '' } = useParams();
  const privacy = useUiStore((s) => s.privacy);
  return (
    <CoursePrintFrame
      courseId={courseId}
      title="Interpersonal inventory"
      clientText={(v) => clientLabel(v.client, privacy)}
      backTo={(v) => `/courses/${v.course.id}/inventory`}
    >
      {(view) => (
        <InventoryOnPaper courseId={view.course.id} client={clientLabel(view.client, privacy)} />
      )}
    </CoursePrintFrame>
  );
}
