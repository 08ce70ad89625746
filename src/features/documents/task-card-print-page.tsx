import { useLiveQuery } from 'dexie-react-hooks';
import { useParams } from 'react-router';

import { CoursePrintFrame } from '../../app-model/course-frame';
import { HandoutNames, useHandoutReview } from '../../app-model/name-review';
import { getStoredDocument } from '../../db/documents';
import type { CourseView } from '../../domain/course-view';
import { buildTaskCard, documentId, handoutName, TASK_CARD_FIELDS } from '../../domain/documents';
import type { StoredDocument, TaskCard } from '../../domain/documents';
import { usePreferences } from '../../state/preferences';
import { Notice } from '../../ui/notice';

import { CrisisLines } from './frames';
import { useClientSources } from './use-documents';
import './documents.css';

/** The folded task card: one A6 box on one page. */
export function TaskCardPrintPage() {
  const { courseId = '', sessionId = '' } = useParams();
  const privacy = usePreferences().privacy;
  return (
    <CoursePrintFrame
      courseId={courseId}
      title="Task card"
      clientText={(v) => handoutName(v.client, privacy)}
      paper="handout"
      backTo={(v) => `/courses/${v.course.id}/sessions/${sessionId}/task-card`}
    >
      {(view) => <TaskCardPrint view={view} sessionId={sessionId} />}
    </CoursePrintFrame>
  );
}

function TaskCardPrint({ view, sessionId }: { view: CourseView; sessionId: string }) {
  const privacy = usePreferences().privacy;
  const sources = useClientSources(view);
  const stored = useLiveQuery(
    async (): Promise<StoredDocument | null> =>
      (await getStoredDocument(documentId('task-card', sessionId))) ?? null,
    [sessionId],
  );
  if (!sources || stored === undefined) return <p role="status">Loading the task card…</p>;
  const result = buildTaskCard({
    client: view.client,
    course: view.course,
    sessions: view.sessions,
    sessionId,
    ...(sources.tasks[sessionId] ? { taskSet: sources.tasks[sessionId] } : {}),
    ...(stored ? { edits: stored.fields } : {}),
    crisisContacts: view.contacts,
    privacy,
    safety: sources.safety,
  });
  if (!result.ok) {
    return <Notice tone="warning">{result.problems.map((p) => p.message).join(' ')}</Notice>;
  }
  return <CardWithNames card={result.value} people={sources.people} />;
}

/** The card prints names as typed; the therapist may choose roles and replace names one by one. */
function CardWithNames({ card, people }: { card: TaskCard; people: readonly Person[] }) {
  const names = useHandoutReview(
    TASK_CARD_FIELDS.map((f) => card[f]),
    people,
  );
  const printed = Object.fromEntries(TASK_CARD_FIELDS.map((f, i) => [f, names.printed(i)]));
  return (
    <div className="doc-print">
      <HandoutNames state={names} label="the task card" />
      <Card card={{ ...card, ...printed }} />
    </div>
  );
}

interface Person {
  name: string;
  relationship: string;
}

function Card({ card }: { card: TaskCard }) {
  return (
    <article className="print-page doc-task-card" aria-label="Task card">
      <h2>My task this week</h2>
      <p>{[card.clientName, card.sessionLine].filter((t) => t !== '').join(' · ')}</p>
      <dl>
        <dt>What I will do</dt>
        <dd>{card.task}</dd>
        {card.why ? (
          <>
            <dt>Why it helps</dt>
            <dd>{card.why}</dd>
          </>
        ) : null}
        <dt>When</dt>
        <dd>{card.when || '________________'}</dd>
        <dt>What might get in the way</dt>
        <dd>{card.obstacle || '________________'}</dd>
        <dt>My plan if it does</dt>
        <dd>{card.plan || '________________'}</dd>
        <dt>My mood (0–10)</dt>
        <dd className="doc-mood">
          <span>Before: ___</span>
          <span>After: ___</span>
        </dd>
        <dt>What happened</dt>
        <dd className="doc-box" />
        <dt>Next session</dt>
        <dd>{card.nextSession || 'This was our last session.'}</dd>
      </dl>
      <CrisisLines contacts={card.crisisContacts} />
    </article>
  );
}
