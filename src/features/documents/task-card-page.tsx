import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { getStoredDocument, saveStoredDocument } from '../../db/documents';
import {
  checkTaskCard,
  documentId,
  TASK_CARD_FIELDS,
  TASK_CARD_LIMITS,
  taskCardFields,
} from '../../domain/documents';
import type { ClientSafetyContext, TaskCardField, TaskCardFields } from '../../domain/documents';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { nowIso } from '../../state/edge';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { Page } from '../../ui/page';

import { NotReady } from './frames';
import { useClientSources } from './use-documents';

export const TASK_FIELD_LABEL: Record<TaskCardField, string> = {
  task: 'The task, in the client’s words',
  why: 'Why it helps',
  when: 'When',
  obstacle: 'What might get in the way',
  plan: 'The plan if it does',
};

/** Generates the week's task card from the agreed task; the therapist edits it, then prints. */
export function TaskCardPage() {
  const { courseId = '', sessionId = '' } = useParams();
  const data = useClientSources(courseId);
  const stored = useLiveQuery(
    async () => (await getStoredDocument(documentId('task-card', sessionId))) ?? null,
    [sessionId],
  );
  if (data.state !== 'ready') return <NotReady state={data.state} />;
  if (stored === undefined) return <p>Loading…</p>;
  const session = data.sources.sessions.find((s) => s.id === sessionId);
  if (!session || session.number === null) return <NotReady state="missing" />;
  const fields = taskCardFields(data.sources.tasks[sessionId], stored?.fields);
  return (
    <Page
      title={`Task card for session ${session.number}`}
      subtitle={<Link to={`/courses/${courseId}/documents`}>Back to documents</Link>}
    >
      <TaskCardForm
        initial={fields}
        safety={data.sources.safety}
        onSave={(next) =>
          saveStoredDocument({
            id: documentId('task-card', sessionId),
            courseId,
            kind: 'task-card',
            sessionId,
            fields: next,
            updatedAt: nowIso(),
          })
        }
      />
      <p>
        <Link to={`/courses/${courseId}/sessions/${sessionId}/task-card/print`}>
          Print the card
        </Link>
      </p>
    </Page>
  );
}

interface FormProps {
  initial: TaskCardFields;
  safety: ClientSafetyContext;
  onSave: (fields: TaskCardFields) => Promise<void>;
}

function TaskCardForm({ initial, safety, onSave }: FormProps) {
  const [fields, setFields] = useState(initial);
  const [problems, setProblems] = useState<Problem[]>(() => checkTaskCard(initial, safety));
  const [saved, setSaved] = useState(false);
  const warningFor = (f: string) =>
    problems.find((p) => p.field === f && p.severity === 'warning')?.message;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = checkTaskCard(fields, safety);
    setProblems(found);
    setSaved(false);
    if (found.some((p) => p.severity === 'error')) return;
    await onSave(fields);
    setSaved(true);
  };
  return (
    <form className="form card" onSubmit={(e) => void submit(e)} noValidate>
      {TASK_CARD_FIELDS.map((f) => (
        <Field
          key={f}
          label={TASK_FIELD_LABEL[f]}
          hint={`Up to ${TASK_CARD_LIMITS[f]} characters, so the card folds.`}
          error={messageFor(problems, f)}
          warning={warningFor(f)}
        >
          {(ids) => (
            <textarea
              {...ids}
              rows={f === 'task' ? 3 : 2}
              value={fields[f]}
              onChange={(e) => setFields({ ...fields, [f]: e.target.value })}
            />
          )}
        </Field>
      ))}
      <div className="button-row">
        <button type="submit">Save the card</button>
      </div>
      {saved ? (
        <Notice tone="success" live>
          Task card saved.
        </Notice>
      ) : null}
    </form>
  );
}
