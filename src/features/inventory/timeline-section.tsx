import { useState } from 'react';
import type { FormEvent } from 'react';

import { formatDay } from '../../domain/dates';
import { MOOD_DIRECTIONS, checkLifeEvent, onsetDate, onsetEvent } from '../../domain/inventory';
import type {
  EventKind,
  InventoryPerson,
  LifeEvent,
  LifeEventDraft,
  MoodDirection,
} from '../../domain/inventory';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { CommandStatus } from '../../app-model/command-status';
import { markOnsetEvent, saveTimelineEvent } from '../../app-model/commands/inventory';
import { useCommand } from '../../app-model/use-command';
import type { CommandStatus as Status } from '../../app-model/use-command';
import { Field } from '../../ui/field';

import { TimelineDeleteStatus, useTimelineDelete } from './timeline-delete';

import { KIND_LABEL } from './inventory-labels';
import { useReportDirty } from './unsaved-forms';
import type { ReportDirty } from './unsaved-forms';

const MOOD_LABEL: Record<MoodDirection, string> = { lower: 'Mood lower', better: 'Mood better' };

interface EventFormProps {
  initial: LifeEventDraft;
  people: InventoryPerson[];
  submitLabel: string;
  /** Runs the save command; the form keeps its text until the save succeeded. */
  onSave: (draft: LifeEventDraft) => Promise<boolean>;
  onCancel: () => void;
  pending: boolean;
  status: Status;
  onDirty: ReportDirty | undefined;
}

function EventForm({ initial, people, submitLabel, onSave, onCancel, ...command }: EventFormProps) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const set = (changes: Partial<LifeEventDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  useReportDirty(command.onDirty, 'the timeline event', dirty);
  function submit(e: FormEvent) {
    e.preventDefault();
    const found = checkLifeEvent(draft);
    setProblems(found);
    return found.length === 0 ? onSave(draft) : undefined;
  }
  return (
    <form className="form card" onSubmit={submit} noValidate>
      <Field label="Date" error={messageFor(problems, 'date')}>
        {(ids) => (
          <input
            {...ids}
            type="date"
            value={draft.date}
            onChange={(e) => set({ date: e.target.value })}
          />
        )}
      </Field>
      <Field label="Kind of event" error={messageFor(problems, 'kind')}>
        {(ids) => (
          <select
            {...ids}
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value as EventKind })}
          >
            <option value="life-event">{KIND_LABEL['life-event']}</option>
            <option value="mood-change">{KIND_LABEL['mood-change']}</option>
          </select>
        )}
      </Field>
      {draft.kind === 'mood-change' ? (
        <Field label="Which way mood moved" error={messageFor(problems, 'mood')}>
          {(ids) => (
            <select
              {...ids}
              value={draft.mood ?? ''}
              onChange={(e) =>
                set({ mood: e.target.value === '' ? undefined : (e.target.value as MoodDirection) })
              }
            >
              <option value="">Choose…</option>
              {MOOD_DIRECTIONS.map((m) => (
                <option key={m} value={m}>
                  {MOOD_LABEL[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label="What happened" error={messageFor(problems, 'description')}>
        {(ids) => (
          <textarea
            {...ids}
            value={draft.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </Field>
      <Field label="Person it concerns">
        {(ids) => (
          <select
            {...ids}
            value={draft.personId ?? ''}
            onChange={(e) => set({ personId: e.target.value === '' ? undefined : e.target.value })}
          >
            <option value="">No one in particular</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.relationship})
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="button-row">
        <button type="submit" disabled={command.pending}>
          {submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <CommandStatus status={command.status} />
    </form>
  );
}

const EMPTY: LifeEventDraft = { date: '', kind: 'life-event', description: '' };

/** What an event is, in words: its kind, or which way mood moved. */
function kindText(e: LifeEvent): string {
  return e.kind === 'mood-change' && e.mood ? MOOD_LABEL[e.mood] : KIND_LABEL[e.kind];
}

interface TimelineSectionProps {
  courseId: string;
  events: LifeEvent[];
  people: InventoryPerson[];
  onDirty?: ReportDirty;
}

/** Dated life events and mood changes on one line; the life event nearest the onset stands out. */
export function TimelineSection({ courseId, events, people, onDirty }: TimelineSectionProps) {
  const [editing, setEditing] = useState<string>();
  const key = onsetEvent(events);
  const nearest = key?.event;
  const onset = onsetDate(events);
  const nameOf = (id: string | undefined) => people.find((p) => p.id === id)?.name;

  const save = useCommand(
    (draft: LifeEventDraft, id?: string) => saveTimelineEvent(courseId, draft, id),
    {
      done: (e) => `Event of ${formatDay(e.date)} saved.`,
      onDone: () => setEditing(undefined),
    },
  );
  const open = (id: string | undefined) => {
    save.reset();
    setEditing(id);
  };
  const form = { pending: save.pending, status: save.status, onDirty };
  const removal = useTimelineDelete();
  const mark = useCommand((id: string | undefined) => markOnsetEvent(courseId, id), {
    done: (e) =>
      e ? `Marked the event of ${formatDay(e.date)} as nearest to onset.` : 'Mark removed.',
  });

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <p className="hint">
        {onset
          ? `Mood first got lower on ${formatDay(onset)}. The life event nearest to it is highlighted: a suggestion to check with the client.`
          : 'Add the date mood first got lower (a mood change) to find the life event nearest the onset.'}
      </p>
      {events.length === 0 ? <p className="muted">No events yet.</p> : null}
      <ol className="timeline" aria-label="Events in date order">
        {events.map((e) => (
          <li
            key={e.id}
            className={`timeline__item timeline__item--${e.kind}${e.id === nearest?.id ? ' timeline__item--key' : ''}`}
          >
            {editing === e.id ? (
              <EventForm
                initial={e}
                people={people}
                submitLabel="Save event"
                onSave={(d) => save.run(d, e.id)}
                onCancel={() => open(undefined)}
                {...form}
              />
            ) : (
              <>
                <p className="timeline__when">
                  <time dateTime={e.date}>{formatDay(e.date)}</time> · {kindText(e)}
                  {e.id === nearest?.id ? (
                    <>
                      {' '}
                      <strong className="badge badge--current">Nearest to onset</strong>{' '}
                      <span className="muted">
                        {key?.marked ? '(your mark)' : '(suggested: mark it if it fits)'}
                      </span>
                    </>
                  ) : null}
                </p>
                <p className="timeline__what">{e.description}</p>
                {nameOf(e.personId) ? <p className="muted">Concerns {nameOf(e.personId)}</p> : null}
                <button type="button" className="link no-print" onClick={() => open(e.id)}>
                  Edit event of {formatDay(e.date)}
                </button>{' '}
                <button
                  type="button"
                  className="link no-print"
                  disabled={removal.pending}
                  onClick={() => {
                    save.reset();
                    return removal.remove.run(e.id);
                  }}
                >
                  Delete event of {formatDay(e.date)}
                </button>
                {e.kind === 'life-event' ? (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="link no-print"
                      disabled={mark.pending}
                      onClick={() => mark.run(e.markedOnset ? undefined : e.id)}
                    >
                      {e.markedOnset
                        ? `Unmark event of ${formatDay(e.date)}`
                        : `Mark event of ${formatDay(e.date)} as nearest to onset`}
                    </button>
                  </>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ol>
      <TimelineDeleteStatus state={removal} />
      <CommandStatus status={mark.status} />
      {editing === 'new' ? (
        <EventForm
          initial={EMPTY}
          people={people}
          submitLabel="Add to the timeline"
          onSave={(d) => save.run(d)}
          onCancel={() => open(undefined)}
          {...form}
        />
      ) : (
        <button
          type="button"
          className="no-print"
          onClick={() => open('new')}
          disabled={editing !== undefined}
        >
          Add an event
        </button>
      )}
      {editing === undefined ? <CommandStatus status={save.status} /> : null}
    </section>
  );
}
