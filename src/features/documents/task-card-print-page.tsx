import { useLiveQuery } from 'dexie-react-hooks';
import { useParams } from 'react-router';

import { getStoredDocument } from '../../db/documents';
import { buildTaskCard, documentId } from '../../domain/documents';
import { useUiStore } from '../../state/ui-store';
import { Notice } from '../../ui/notice';

import { CrisisLines, NotReady, PrintView } from './frames';
import { useClientSources } from './use-documents';

/** The folded task card: one A6 box on one page. */
export function TaskCardPrintPage() {
  const { courseId = '', sessionId = '' } = useParams();
  const privacy = useUiStore((s) => s.privacy);
  const data = useClientSources(courseId);
  const stored = useLiveQuery(
    async () => (await getStoredDocument(documentId('task-card', sessionId))) ?? null,
    [sessionId],
  );
  if (data.state !== 'ready') return <NotReady state={data.state} />;
  if (stored === undefined) return <p>Loading…</p>;
  const { sources } = data;
  const result = buildTaskCard({
    client: data.client,
    course: data.course,
    sessions: sources.sessions,
    sessionId,
    ...(sources.tasks[sessionId] ? { taskSet: sources.tasks[sessionId] } : {}),
    ...(stored ? { edits: stored.fields } : {}),
    crisisContacts: sources.crisisContacts,
    privacy,
    safety: sources.safety,
  });
  const back = `/courses/${courseId}/sessions/${sessionId}/task-card`;
  if (!result.ok) {
    return (
      <PrintView title="Task card" backTo={back}>
        <Notice tone="warning">{result.problems.map((p) => p.message).join(' ')}</Notice>
      </PrintView>
    );
  }
  const card = result.value;
  return (
    <PrintView title="Task card" backTo={back}>
      <article className="print-page doc-task-card" aria-label="Task card">
        <h2>My task this week</h2>
        <p>
          {card.clientLabel} · {card.sessionLine}
        </p>
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
    </PrintView>
  );
}
