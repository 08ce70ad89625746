import { useParams } from 'react-router';

import { CoursePrintFrame } from '../../app-model/course-frame';
import { NameReview, useNameReview } from '../../app-model/name-review';
import { formatDay } from '../../domain/dates';
import type { InventoryPerson, LifeEvent } from '../../domain/inventory';
import { onsetEvent, relationshipSaysDied } from '../../domain/inventory';
import { clientLabel, personLabel } from '../../domain/privacy';
import type { PrintPrivacy } from '../../domain/privacy';
import { usePreferences } from '../../state/preferences';

import { CircleFigure } from './circle-figure';
import './inventory.css';
import { KIND_LABEL } from './inventory-labels';
import { personDetails } from './person-card';
import { useLifeEvents, usePeople } from './use-inventory';

/** The printed form of one typed text (after the names the therapist chose to replace). */
type Printed = (key: string) => string;

function PeopleOnPaper(props: {
  people: InventoryPerson[];
  privacy: PrintPrivacy;
  printed: Printed;
}) {
  const { people, privacy, printed } = props;
  return (
    <ol className="print-people-list">
      {people.map((p) => (
        <li key={p.id} className="person-card">
          <h3 className="person-card__name">
            {personLabel(p, privacy, 'paper')}
            {p.died === true && !relationshipSaysDied(p.relationship) ? ' (has died)' : ''}
          </h3>
          <dl className="summary person-card__details">
            {personDetails(p).map((r) => (
              <div key={r.term} className="person-card__row">
                <dt>{r.term}</dt>
                <dd>{printed(`${p.id}:${r.term}`)}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}

function TimelineOnPaper({ events, printed }: { events: LifeEvent[]; printed: Printed }) {
  const key = onsetEvent(events)?.event;
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
            <p className="timeline__what">{printed(`event:${e.id}`)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

const SEP = '\u2029';
const NO_PEOPLE: readonly InventoryPerson[] = [];

/** Every text the therapist typed on this paper, keyed by where it prints. */
function typedTexts(people: InventoryPerson[], events: LifeEvent[]): [string, string][] {
  return [
    ...people.flatMap((p) =>
      personDetails(p).map((r): [string, string] => [`${p.id}:${r.term}`, r.value]),
    ),
    ...events.map((e): [string, string] => [`event:${e.id}`, e.description]),
  ];
}

/**
 * The circles, the people and the timeline on paper. The therapist's text prints as typed; where
 * paper shows roles, each name in it is marked and replaced only where the therapist chooses.
 */
function InventoryOnPaper({ courseId, client }: { courseId: string; client: string }) {
  const people = usePeople(courseId);
  const events = useLifeEvents(courseId);
  const privacy = usePreferences().privacy;
  const typed = typedTexts(people ?? [], events ?? []);
  const source = typed.map(([, text]) => text).join(SEP);
  const review = useNameReview(source, people ?? NO_PEOPLE, !privacy.showPeopleNames);
  const out = review.text.split(SEP);
  const index = new Map(typed.map(([key], i) => [key, i]));
  const printed: Printed = (key) => out[index.get(key) ?? -1] ?? '';
  if (!people || !events) return <p role="status">Loading the inventory…</p>;
  const label = (p: InventoryPerson) => personLabel(p, privacy, 'paper');
  const hasEnd = people.some((p) => p.endRing !== undefined);
  return (
    <>
      <NameReview state={review} source={source} label="the inventory" />
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
          <PeopleOnPaper people={people} privacy={privacy} printed={printed} />
        )}
      </section>
      <TimelineOnPaper events={events} printed={printed} />
    </>
  );
}

/** The inventory, the closeness circles and the timeline on paper: people by role unless opted in. */
export function InventoryPrintPage() {
  const { courseId = '' } = useParams();
  const privacy = usePreferences().privacy;
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
