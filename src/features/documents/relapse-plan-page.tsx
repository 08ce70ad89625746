import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { getRelapsePlan, saveRelapsePlan } from '../../db/documents';
import {
  checkRelapsePlan,
  draftRelapsePlan,
  linesOf,
  RELAPSE_SECTION_LABEL,
  RELAPSE_SECTIONS,
  relapsePlanTiming,
} from '../../domain/documents';
import type { RelapsePlanDraft, RelapseSection } from '../../domain/documents';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { numberedSessions } from '../../domain/schedule';
import { nowIso } from '../../state/edge';
import { useUiStore } from '../../state/ui-store';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { Page } from '../../ui/page';

import { NotReady } from './frames';
import { useClientSources } from './use-documents';

type Texts = Record<RelapseSection, string>;

const toTexts = (plan: RelapsePlanDraft): Texts =>
  Object.fromEntries(RELAPSE_SECTIONS.map((s) => [s, plan[s].join('\n')])) as Texts;
const toPlan = (texts: Texts): RelapsePlanDraft =>
  Object.fromEntries(RELAPSE_SECTIONS.map((s) => [s, linesOf(texts[s])])) as RelapsePlanDraft;

/** The relapse-prevention plan editor: drafted from the record, one line per item. */
export function RelapsePlanPage() {
  const { courseId = '' } = useParams();
  const data = useClientSources(courseId);
  const stored = useLiveQuery(async () => (await getRelapsePlan(courseId)) ?? null, [courseId]);
  if (data.state !== 'ready') return <NotReady state={data.state} />;
  if (stored === undefined) return <p>Loading…</p>;
  const { course, sources } = data;
  const held = numberedSessions(sources.sessions)
    .filter((s) => s.status === 'held')
    .at(-1);
  const timing = relapsePlanTiming(course, held?.number ?? undefined);
  return (
    <Page
      title="Relapse-prevention plan"
      subtitle={<Link to={`/courses/${courseId}/documents`}>Back to documents</Link>}
    >
      {timing.map((t) => (
        <Notice key={t.code} tone="info">
          {t.message}
        </Notice>
      ))}
      <PlanForm
        initial={stored ?? draftRelapsePlan(sources.people)}
        check={(plan) => checkRelapsePlan(plan, sources.people, sources.safety)}
        onSave={(plan) => saveRelapsePlan({ ...plan, courseId, updatedAt: nowIso() })}
      />
      <p>
        <Link to={`/courses/${courseId}/relapse-plan/print`}>Print the plan</Link>
      </p>
    </Page>
  );
}

interface FormProps {
  initial: RelapsePlanDraft;
  check: (plan: RelapsePlanDraft) => Problem[];
  onSave: (plan: RelapsePlanDraft) => Promise<void>;
}

function PlanForm({ initial, check, onSave }: FormProps) {
  const privacy = useUiStore((s) => s.privacy);
  const [texts, setTexts] = useState(() => toTexts(initial));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = check(toPlan(texts));
    setProblems(found);
    setSaved(false);
    if (found.some((p) => p.severity === 'error')) return;
    await onSave(toPlan(texts));
    setSaved(true);
  };
  const warningFor = (s: string) =>
    problems.find((p) => p.field === s && p.severity === 'warning')?.message;
  return (
    <form className="form card" onSubmit={(e) => void submit(e)} noValidate>
      {RELAPSE_SECTIONS.map((s) => (
        <Field
          key={s}
          label={RELAPSE_SECTION_LABEL[s]}
          hint={
            s === 'people' && !privacy.showPeopleNames
              ? 'One per line. Roles, not names (“my sister”).'
              : 'One per line.'
          }
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
        <button type="submit">Save the plan</button>
      </div>
      {saved ? (
        <Notice tone="success" live>
          Relapse plan saved.
        </Notice>
      ) : null}
    </form>
  );
}
