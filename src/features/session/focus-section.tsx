import { useState } from 'react';

import { confirmFocusChange } from '../../app-model/commands/agenda';
import { CommandStatus } from '../../app-model/command-status';
import { useCommand } from '../../app-model/use-command';
import { checkFocusChange } from '../../domain/agenda/focus';
import type { FocusChange, FocusInForce } from '../../domain/agenda/focus';
import { dayOfTimestamp, formatDay } from '../../domain/dates';
import { AREA_LABEL, STAGE_HINT, STAGE_LABEL } from '../../domain/labels';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { DISPUTE_STAGES, PROBLEM_AREAS } from '../../domain/types';
import type { Course, DisputeStage, ProblemArea } from '../../domain/types';
import { newId, nowIso } from '../../state/edge';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';

import { useReportUnsaved } from './agenda-editor';

interface Props {
  course: Course;
  sessionNumber: number;
  current: FocusInForce;
  history: FocusChange[];
}

/** "Role dispute (impasse); second area: Grief". */
export function describeFocus(f: {
  area: ProblemArea;
  secondaryArea?: ProblemArea;
  stage?: DisputeStage;
}) {
  const stage = f.stage ? ` (${STAGE_LABEL[f.stage].toLowerCase()})` : '';
  return `${AREA_LABEL[f.area]}${stage}${f.secondaryArea ? `; second area: ${AREA_LABEL[f.secondaryArea]}` : ''}`;
}

/** The focus history of the course and a form to change the focus from this session on. */
export function FocusSection({ course, sessionNumber, current, history }: Props) {
  const [area, setArea] = useState<string>(current.area);
  const [second, setSecond] = useState<string>(current.secondaryArea ?? '');
  const [stage, setStage] = useState<string>(current.stage ?? '');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [proposed, setProposed] = useState<FocusChange>();
  const confirm = useCommand(confirmFocusChange, {
    done: (c) => `Focus change confirmed: from session ${c.fromSession}, ${describeFocus(c)}`,
    onDone: () => {
      setProposed(undefined);
      setReason('');
    },
  });
  useReportUnsaved('the change of focus', reason.trim() !== '');
  const dispute = area === 'role-dispute' || second === 'role-dispute';

  function review() {
    const change: FocusChange = {
      id: newId(),
      fromSession: sessionNumber,
      area: area as ProblemArea,
      ...(second ? { secondaryArea: second as ProblemArea } : {}),
      ...(dispute && stage ? { stage: stage as DisputeStage } : {}),
      reason: reason.trim(),
      decidedAt: nowIso(),
    };
    const found = checkFocusChange(course, change);
    setProblems(found);
    confirm.reset();
    setProposed(found.length === 0 ? change : undefined);
  }

  return (
    <section aria-labelledby="focus-title" className="card no-print">
      <h2 id="focus-title">Focus</h2>
      <p>In force this session: {describeFocus(current)}</p>
      <FocusHistory history={history} />
      <details open={proposed !== undefined || problems.length > 0 ? true : undefined}>
        <summary>Change the focus from this session</summary>
        <div className="form">
          <Field label="Problem area" error={messageFor(problems, 'area')}>
            {(ids) => (
              <select {...ids} value={area} onChange={(e) => setArea(e.target.value)}>
                {PROBLEM_AREAS.map((a) => (
                  <option key={a} value={a}>
                    {AREA_LABEL[a]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Second area (optional)" error={messageFor(problems, 'secondaryArea')}>
            {(ids) => (
              <select {...ids} value={second} onChange={(e) => setSecond(e.target.value)}>
                <option value="">None</option>
                {PROBLEM_AREAS.map((a) => (
                  <option key={a} value={a}>
                    {AREA_LABEL[a]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {dispute ? (
            <Field label="Stage of the dispute" error={messageFor(problems, 'stage')}>
              {(ids) => (
                <select {...ids} value={stage} onChange={(e) => setStage(e.target.value)}>
                  <option value="">Choose…</option>
                  {DISPUTE_STAGES.map((s) => (
                    <option key={s} value={s}>
                      {STAGE_LABEL[s]}: {STAGE_HINT[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <Field label="Reason for the change" error={messageFor(problems, 'reason')}>
            {(ids) => (
              <textarea {...ids} value={reason} onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
          <button type="button" className="secondary" onClick={review}>
            Review the change
          </button>
        </div>
        {proposed ? (
          <Notice tone="info" title="Confirm the change of focus">
            <p>
              From session {proposed.fromSession}: {describeFocus(current)} →{' '}
              {describeFocus(proposed)}.
            </p>
            <p>Reason: {proposed.reason}</p>
            <p>
              The agendas from session {proposed.fromSession} on will follow the new focus; earlier
              weeks keep theirs.
            </p>
            <div className="button-row">
              <button
                type="button"
                disabled={confirm.pending}
                onClick={() => confirm.run(course.id, proposed)}
              >
                Confirm the change
              </button>
              <button
                type="button"
                className="secondary"
                disabled={confirm.pending}
                onClick={() => setProposed(undefined)}
              >
                Go back
              </button>
            </div>
          </Notice>
        ) : null}
      </details>
      <CommandStatus status={confirm.status} />
    </section>
  );
}

function FocusHistory({ history }: { history: FocusChange[] }) {
  if (history.length === 0)
    return <p className="muted">The focus has not changed since the contract.</p>;
  return (
    <table className="focus-history">
      <caption>Focus history</caption>
      <thead>
        <tr>
          <th scope="col">Decided</th>
          <th scope="col">From</th>
          <th scope="col">New focus</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {history.map((c) => (
          <tr key={c.id}>
            <td>{formatDay(dayOfTimestamp(c.decidedAt))}</td>
            <td>Session {c.fromSession}</td>
            <td>{describeFocus(c)}</td>
            <td>{c.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
