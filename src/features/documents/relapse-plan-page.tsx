import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { CommandStatus } from '../../app-model/command-status';
import { saveRelapsePlanCommand } from '../../app-model/commands/documents';
import { CourseFrame } from '../../app-model/course-frame';
import { UnsavedPrompt, useUnsavedGuard } from '../../app-model/unsaved-guard';
import { useCommand } from '../../app-model/use-command';
import { getRelapsePlan } from '../../db/documents';
import type { CourseView } from '../../domain/course-view';
import {
  checkRelapsePlan,
  draftRelapsePlan,
  linesOf,
  RELAPSE_SECTION_LABEL,
  RELAPSE_SECTIONS,
  relapsePlanTiming,
} from '../../domain/documents';
import type { RelapsePlan, RelapsePlanDraft, RelapseSection } from '../../domain/documents';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { numberedSessions } from '../../domain/schedule';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';

import { useClientSources } from './use-documents';
import './documents.css';

type Texts = Record<RelapseSection, string>;

const toTexts = (plan: RelapsePlanDraft): Texts =>
  Object.fromEntries(RELAPSE_SECTIONS.map((s) => [s, plan[s].join('\n')])) as Texts;
const toPlan = (texts: Texts): RelapsePlanDraft =>
  Object.fromEntries(RELAPSE_SECTIONS.map((s) => [s, linesOf(texts[s])])) as RelapsePlanDraft;

/** The relapse-prevention plan editor: drafted from the record, one line per item. */
export function RelapsePlanPage() {
  const { courseId = '' } = useParams();
  return (
    <CourseFrame
      courseId={courseId}
      title="Relapse-prevention plan"
      subtitle={<Link to={`/courses/${courseId}/documents`}>Back to documents</Link>}
    >
      {(view) => <PlanEditor view={view} />}
    </CourseFrame>
  );
}

function PlanEditor({ view }: { view: CourseView }) {
  const { course } = view;
  const sources = useClientSources(view);
  const stored = useLiveQuery(
    async (): Promise<RelapsePlan | null> => (await getRelapsePlan(course.id)) ?? null,
    [course.id],
  );
  if (!sources || stored === undefined) return <p role="status">Loading the plan…</p>;
  const held = numberedSessions(view.sessions)
    .filter((s) => s.status === 'held')
    .at(-1);
  const timing = relapsePlanTiming(course, held?.number ?? undefined);
  return (
    <>
      {timing.map((t) => (
        <Notice key={t.code} tone="info">
          {t.message}
        </Notice>
      ))}
      <PlanForm
        initial={stored ?? draftRelapsePlan(sources.people)}
        check={(plan) => checkRelapsePlan(plan, sources.safety)}
        onSave={(plan) => saveRelapsePlanCommand(course.id, plan)}
      />
      <p>
        <Link to={`/courses/${course.id}/relapse-plan/print`}>Print the plan</Link>
      </p>
    </>
  );
}

interface FormProps {
  initial: RelapsePlanDraft;
  check: (plan: RelapsePlanDraft) => Problem[];
  onSave: (plan: RelapsePlanDraft) => Promise<void>;
}

function PlanForm({ initial, check, onSave }: FormProps) {
  const [texts, setTexts] = useState(() => toTexts(initial));
  const [savedTexts, setSavedTexts] = useState(() => toTexts(initial));
  const [problems, setProblems] = useState<Problem[]>([]);
  const save = useCommand(
    async (next: Texts) => {
      await onSave(toPlan(next));
      return next;
    },
    { done: 'Relapse plan saved.', onDone: setSavedTexts },
  );
  const dirty = RELAPSE_SECTIONS.some((s) => texts[s] !== savedTexts[s]);
  const blocker = useUnsavedGuard(dirty && !save.pending);
  const submit = async () => {
    const found = check(toPlan(texts));
    setProblems(found);
    if (found.some((p) => p.severity === 'error')) {
      save.reset();
      return;
    }
    await save.run(texts);
  };
  const warningFor = (s: string) =>
    problems.find((p) => p.field === s && p.severity === 'warning')?.message;
  return (
    <form
      className="form card"
      onSubmit={(e) => {
        e.preventDefault();
        return submit();
      }}
      noValidate
    >
      {RELAPSE_SECTIONS.map((s) => (
        <Field
          key={s}
          label={RELAPSE_SECTION_LABEL[s]}
          hint="One per line."
          error={messageFor(problems, s)}
          warning={warningFor(s)}
        >
          {(ids) => (
            <textarea
              {...ids}
              rows={3}
              value={texts[s]}
              onChange={(e) => setTexts({ ...texts, [s]: e.target.value })}
            />
          )}
        </Field>
      ))}
      <div className="button-row">
        <button type="submit" disabled={save.pending}>
          Save the plan
        </button>
      </div>
      <CommandStatus status={save.status} />
      <UnsavedPrompt blocker={blocker} what="the relapse plan" />
    </form>
  );
}
