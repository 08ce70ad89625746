import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { CommandStatus } from '../../app-model/command-status';
import { saveSuitabilityCheck } from '../../app-model/commands/measures';
import { CourseFrame } from '../../app-model/course-frame';
import { UnsavedPrompt, useUnsavedGuard } from '../../app-model/unsaved-guard';
import { useCommand } from '../../app-model/use-command';

import {
  areaCautions,
  checkSuitability,
  SUITABILITY_ITEMS,
  SUITABILITY_LABELS,
  suitabilityField,
} from '../../domain/measures';
import type { SuitabilityItem, SuitabilityRecord } from '../../domain/measures';
import type { Problem } from '../../domain/problems';
import { messageFor } from '../../domain/problems';
import type { Course } from '../../domain/types';
import { getSuitability } from '../../db/course-records';
import { nowIso } from '../../state/edge';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';

/** The suitability check at course start, with the clinician's recorded decision. */
export function SuitabilityPage() {
  const { courseId = '' } = useParams();
  const saved = useLiveQuery(async () => (await getSuitability(courseId)) ?? null, [courseId]);
  return (
    <CourseFrame
      courseId={courseId}
      title={(v) => `Suitability check for ${v.client.code}`}
      subtitle={(v) => <Link to={`/courses/${v.course.id}`}>Course for {v.client.code}</Link>}
    >
      {({ course }) =>
        saved === undefined ? (
          <p role="status">Loading the suitability check…</p>
        ) : (
          <>
            {areaCautions([course.primaryArea, course.secondaryArea]).map((c) => (
              <Notice key={c} tone="warning">
                {c}
              </Notice>
            ))}
            <SuitabilityForm course={course} saved={saved} />
          </>
        )
      }
    </CourseFrame>
  );
}

type Choice = 'yes' | 'no' | '';

function SuitabilityForm({ course, saved }: { course: Course; saved: SuitabilityRecord | null }) {
  const [items, setItems] = useState<Partial<Record<SuitabilityItem, boolean>>>(saved?.items ?? {});
  const [proceed, setProceed] = useState<Choice>(
    saved?.decision ? (saved.decision.proceed ? 'yes' : 'no') : '',
  );
  const [reason, setReason] = useState(saved?.decision?.reason ?? '');
  const [problems, setProblems] = useState<Problem[]>([]);
  const save = useCommand(saveSuitabilityCheck, { done: 'Suitability check saved' });
  const savedProceed = saved?.decision ? (saved.decision.proceed ? 'yes' : 'no') : '';
  const dirty =
    proceed !== savedProceed ||
    reason !== (saved?.decision?.reason ?? '') ||
    SUITABILITY_ITEMS.some((item) => items[item] !== saved?.items[item]);
  const blocker = useUnsavedGuard(dirty);

  async function onSubmit() {
    const record: SuitabilityRecord = {
      items,
      ...(proceed === ''
        ? {}
        : { decision: { proceed: proceed === 'yes', reason, decidedAt: nowIso() } }),
    };
    const found = checkSuitability(record);
    setProblems(found);
    if (found.some((p) => p.severity === 'error')) return save.reset();
    await save.run(course.id, record);
  }
  const yesNo = (name: string, value: Choice, set: (v: Choice) => void, error?: string) => (
    <div>
      {(['yes', 'no'] as const).map((v) => (
        <label key={v} className="choice">
          <input type="radio" name={name} checked={value === v} onChange={() => set(v)} />{' '}
          {v === 'yes' ? 'Yes' : 'No'}
        </label>
      ))}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        return onSubmit();
      }}
    >
      <UnsavedPrompt blocker={blocker} what="the suitability check" />
      {SUITABILITY_ITEMS.map((item) => (
        <fieldset key={item}>
          <legend>{SUITABILITY_LABELS[item]} present?</legend>
          {yesNo(
            suitabilityField(item),
            items[item] === undefined ? '' : items[item] ? 'yes' : 'no',
            (v) => setItems({ ...items, [item]: v === 'yes' }),
            messageFor(problems, suitabilityField(item)),
          )}
        </fieldset>
      ))}
      <fieldset>
        <legend>Clinician decision: proceed with IPT?</legend>
        {yesNo('decision', proceed, setProceed, messageFor(problems, 'decision'))}
        {problems
          .filter((p) => p.severity === 'warning')
          .map((p) => (
            <p key={p.code} className="field__warning">
              {p.message}
            </p>
          ))}
      </fieldset>
      <Field label="Reason for the decision" error={messageFor(problems, 'reason')}>
        {(ids) => <textarea {...ids} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <button type="submit" disabled={save.pending}>
        Save the suitability check
      </button>
      <CommandStatus status={save.status} />
    </form>
  );
}
