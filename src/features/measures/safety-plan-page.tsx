import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { CommandStatus } from '../../app-model/command-status';
import { saveClientSafetyPlan } from '../../app-model/commands/risk';
import { UnsavedPrompt, useUnsavedGuard } from '../../app-model/unsaved-guard';
import { useCommand } from '../../app-model/use-command';
import {
  emptySafetyPlan,
  linesOf,
  SAFETY_PLAN_LABEL,
  SAFETY_PLAN_SECTIONS,
} from '../../domain/measures';
import type { SafetyPlan, SafetyPlanSection } from '../../domain/measures';
import { getClient } from '../../db/clients';
import { getSafetyPlan } from '../../db/safety-plans';
import { nowIso } from '../../state/edge';
import { Field } from '../../ui/field';
import { Page } from '../../ui/page';

/** The client's safety plan, edited with them; prints as a handout. */
export function SafetyPlanPage() {
  const { clientId = '' } = useParams();
  const client = useLiveQuery(async () => (await getClient(clientId)) ?? null, [clientId]);
  const plan = useLiveQuery(async () => (await getSafetyPlan(clientId)) ?? null, [clientId]);
  if (client === undefined || plan === undefined) return <p>Loading…</p>;
  if (client === null)
    return (
      <Page title="Client not found">
        <Link to="/clients">Back to clients</Link>
      </Page>
    );
  return (
    <Page
      title={`Safety plan for ${client.code}`}
      subtitle={<Link to={`/clients/${client.id}`}>Client {client.code}</Link>}
      actions={
        <Link className="button" to={`/clients/${client.id}/safety-plan/print`}>
          Print the safety plan
        </Link>
      }
    >
      <PlanForm plan={plan ?? emptySafetyPlan(clientId, nowIso())} />
    </Page>
  );
}

const sameLines = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((line, i) => line === b[i]);

function PlanForm({ plan }: { plan: SafetyPlan }) {
  const [text, setText] = useState<Record<SafetyPlanSection, string>>(
    Object.fromEntries(SAFETY_PLAN_SECTIONS.map((s) => [s, plan.sections[s].join('\n')])) as Record<
      SafetyPlanSection,
      string
    >,
  );
  const save = useCommand(saveClientSafetyPlan, { done: 'Safety plan saved' });
  const dirty = SAFETY_PLAN_SECTIONS.some((s) => !sameLines(linesOf(text[s]), plan.sections[s]));
  const blocker = useUnsavedGuard(dirty);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        return save.run(plan.clientId, text);
      }}
    >
      <UnsavedPrompt blocker={blocker} what="the safety plan" />
      <p className="hint">
        One item per line, in the client&apos;s words. The printed plan shows no scores, flags or
        notes.
      </p>
      {SAFETY_PLAN_SECTIONS.map((s) => (
        <Field key={s} label={SAFETY_PLAN_LABEL[s]}>
          {(ids) => (
            <textarea
              {...ids}
              value={text[s]}
              onChange={(e) => {
                setText({ ...text, [s]: e.target.value });
                save.reset();
              }}
            />
          )}
        </Field>
      ))}
      <button type="submit" disabled={save.pending}>
        Save the safety plan
      </button>
      <CommandStatus status={save.status} />
    </form>
  );
}
