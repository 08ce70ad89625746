import { useState } from 'react';

import { TECHNIQUES } from '../../domain/agenda/content';
import { checkSegment } from '../../domain/agenda/edit';
import type { SegmentDraft } from '../../domain/agenda/edit';
import { MECHANISM_LABEL } from '../../domain/labels';
import { messageFor } from '../../domain/problems';
import { Field } from '../../ui/field';

interface Props {
  segment: SegmentDraft;
  index: number;
  count: number;
  onChange: (segment: SegmentDraft) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

const techniqueLabel = (id: string) => TECHNIQUES[id as keyof typeof TECHNIQUES] ?? id;

/** One timed part of the session: read, or edited in place with problems shown at the field. */
export function SegmentEditor({ segment, index, count, onChange, onMove, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const problems = checkSegment(segment);
  const part = `part ${index + 1}`;
  return (
    <li className="segment">
      <div className="segment__head">
        <h3>
          {segment.title || <span className="muted">(no title)</span>}{' '}
          <span className="segment__minutes">{String(segment.minutes)} min</span>
        </h3>
        <span className="row-actions no-print">
          <button
            type="button"
            className="link"
            aria-label={editing ? `Done editing ${part}` : `Edit ${part}`}
            aria-expanded={editing}
            onClick={() => (editing && problems.length > 0 ? undefined : setEditing(!editing))}
          >
            {editing ? 'Done' : 'Edit'}
          </button>
          <button
            type="button"
            className="link"
            aria-label={`Move ${part} up`}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            Move up
          </button>
          <button
            type="button"
            className="link"
            aria-label={`Move ${part} down`}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            Move down
          </button>
          <button type="button" className="link" aria-label={`Remove ${part}`} onClick={onRemove}>
            Remove
          </button>
        </span>
      </div>
      {editing ? (
        <div className="segment__fields">
          <Field label={`Title of ${part}`} error={messageFor(problems, 'title')}>
            {(ids) => (
              <input
                {...ids}
                value={segment.title}
                onChange={(e) => onChange({ ...segment, title: e.target.value })}
              />
            )}
          </Field>
          <Field label={`Minutes of ${part}`} error={messageFor(problems, 'minutes')}>
            {(ids) => (
              <input
                {...ids}
                inputMode="numeric"
                size={4}
                value={String(segment.minutes)}
                onChange={(e) => onChange({ ...segment, minutes: e.target.value })}
              />
            )}
          </Field>
          <Field label={`Content of ${part}`} hint="One line per point.">
            {(ids) => (
              <textarea
                {...ids}
                rows={Math.max(3, segment.content.length + 1)}
                value={segment.content.join('\n')}
                onChange={(e) => onChange({ ...segment, content: e.target.value.split('\n') })}
              />
            )}
          </Field>
        </div>
      ) : (
        <SegmentBody segment={segment} />
      )}
    </li>
  );
}

function SegmentBody({ segment }: { segment: SegmentDraft }) {
  const lines = segment.content.filter((l) => l.trim() !== '');
  return (
    <>
      {lines.length > 0 ? (
        <ul className="segment__content">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
      {segment.techniques.length > 0 ? (
        <p className="segment__meta">
          Techniques: {segment.techniques.map(techniqueLabel).join(', ')}
        </p>
      ) : null}
      {segment.mechanisms.length > 0 ? (
        <p className="segment__meta">
          Serves: {segment.mechanisms.map((m) => MECHANISM_LABEL[m]).join('; ')}
        </p>
      ) : null}
    </>
  );
}
