import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { CommandStatus } from '../../app-model/command-status';
import { saveTaskCard } from '../../app-model/commands/documents';
import { CourseFrame } from '../../app-model/course-frame';
import { UnsavedPrompt, useUnsavedGuard } from '../../app-model/unsaved-guard';
import { useCommand } from '../../app-model/use-command';
import { getStoredDocument } from '../../db/documents';
import type { CourseView } from '../../domain/course-view';
import {
  checkTaskCard,
  documentId,
  TASK_CARD_FIELDS,
  TASK_CARD_LIMITS,
  taskCardFields,
} from '../../domain/documents';
import type {
  ClientSafetyContext,
  StoredDocument,
  TaskCardField,
  TaskCardFields,
} from '../../domain/documents';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { Field } from '../../ui/field';

import { useClientSources } from './use-documents';
import './documents.css';

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
  const sessionOf = (v: CourseView) =>
    v.sessions.find((s) => s.id === sessionId && s.number !== null);
  return (
    <CourseFrame
      courseId={courseId}
      title={(v) => {
        const session = sessionOf(v);
        return session ? `Task card for session ${session.number}` : 'Session not found';
      }}
      subtitle={<Link to={`/courses/${courseId}/documents`}>Back to documents</Link>}
    >
      {(view) =>
        sessionOf(view) ? (
          <TaskCardEditor view={view} sessionId={sessionId} />
        ) : (
          <p>This session does not exist or was cancelled, so it has no task card.</p>
        )
      }
    </CourseFrame>
  );
}

function TaskCardEditor({ view, sessionId }: { view: CourseView; sessionId: string }) {
  const courseId = view.course.id;
  const sources = useClientSources(view);
  const stored = useLiveQuery(
    async (): Promise<StoredDocument | null> =>
      (await getStoredDocument(documentId('task-card', sessionId))) ?? null,
    [sessionId],
  );
  if (!sources || stored === undefined) return <p role="status">Loading the task card…</p>;
  return (
    <>
      <TaskCardForm
        key={sessionId}
        initial={taskCardFields(sources.tasks[sessionId], stored?.fields)}
        safety={sources.safety}
        onSave={(fields) => saveTaskCard({ courseId, sessionId, fields })}
      />
      <p>
        <Link to={`/courses/${courseId}/sessions/${sessionId}/task-card/print`}>
          Print the card
        </Link>
      </p>
    </>
  );
}

interface FormProps {
  initial: TaskCardFields;
  safety: ClientSafetyContext;
  onSave: (fields: TaskCardFields) => Promise<void>;
}

function TaskCardForm({ initial, safety, onSave }: FormProps) {
  const [fields, setFields] = useState(initial);
  const [savedFields, setSavedFields] = useState(initial);
  const [problems, setProblems] = useState<Problem[]>(() => checkTaskCard(initial, safety));
  const save = useCommand(
    async (next: TaskCardFields) => {
      await onSave(next);
      return next;
    },
    { done: 'Task card saved.', onDone: setSavedFields },
  );
  const dirty = TASK_CARD_FIELDS.some((f) => fields[f] !== savedFields[f]);
  const blocker = useUnsavedGuard(dirty && !save.pending);
  const warningFor = (f: string) =>
    problems.find((p) => p.field === f && p.severity === 'warning')?.message;
  const submit = async () => {
    const found = checkTaskCard(fields, safety);
    setProblems(found);
    if (found.some((p) => p.severity === 'error')) {
      save.reset();
      return;
    }
    await save.run(fields);
  };
  return (
    <form
      className="form card"
      onSubmit={(e) => {
        e.preventDefault();
        return submit();
      }}
      noValidate
    >
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
        <button type="submit" disabled={save.pending}>
          Save the card
        </button>
      </div>
      <CommandStatus status={save.status} />
      <UnsavedPrompt blocker={blocker} what="the task card" />
    </form>
  );
}
