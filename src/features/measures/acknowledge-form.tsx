import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { acknowledgeRiskFlag } from '../../app-model/commands/risk';
import { useCommand } from '../../app-model/use-command';
import { formatTimestamp } from '../../domain/dates';
import { assessmentLine, checkRiskAssessment, RISK_SOURCE_LABEL } from '../../domain/measures';
import type { PastAssessment, RiskAssessmentDraft, RiskFlag } from '../../domain/measures';
import type { Problem } from '../../domain/problems';
import { Notice } from '../../ui/notice';

import { AssessmentFields, BLANK_ASSESSMENT } from './assessment-fields';

interface Props {
  flag: RiskFlag;
  index: number;
  /** The client's latest full assessment: "Assessed, plan unchanged" exists only with one. */
  previous: PastAssessment | undefined;
  safetyPlanExists: boolean;
  /** Runs after the write: the form leaves the screen with the flag, so the parent confirms. */
  onAcknowledged?: (flag: RiskFlag) => void;
}

/** One open flag with its structured risk assessment; the app stamps date and time. */
export function AcknowledgeForm({
  flag,
  index,
  previous,
  safetyPlanExists,
  onAcknowledged,
}: Props) {
  const [draft, setDraft] = useState<RiskAssessmentDraft>(BLANK_ASSESSMENT);
  const [copied, setCopied] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const id = `flag-${index}`;

  const acknowledge = useCommand(acknowledgeRiskFlag, {
    done: 'Flag acknowledged',
    ...(onAcknowledged ? { onDone: onAcknowledged } : {}),
  });

  async function save() {
    const found = checkRiskAssessment(draft, { safetyPlanExists });
    setProblems(found);
    if (found.length > 0) return;
    await acknowledge.run(flag.id, draft);
  }
  const change = (patch: Partial<RiskAssessmentDraft>) => {
    acknowledge.reset();
    setDraft((d) => ({ ...d, ...patch }));
    const fields = Object.keys(patch);
    setProblems((prev) => prev.filter((p) => !fields.includes(p.field ?? '')));
  };

  return (
    <section className="card flag-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {RISK_SOURCE_LABEL[flag.source]}, raised {formatTimestamp(flag.raisedAt)}
      </h3>
      <p>{flag.detail}</p>
      <form
        className="form"
        noValidate
        aria-label={`Acknowledge: ${RISK_SOURCE_LABEL[flag.source]}`}
        onSubmit={(e) => {
          e.preventDefault();
          return save();
        }}
      >
        {previous ? (
          <PlanUnchanged
            previous={previous}
            copied={copied}
            onCopy={() => {
              change({ ...previous.assessment });
              setCopied(true);
            }}
          />
        ) : null}
        <AssessmentFields
          id={id}
          draft={draft}
          problems={problems}
          clientId={flag.clientId}
          onChange={change}
        />
        {problems.length > 0 ? (
          <p className="field__error">
            Not saved: {problems.length === 1 ? 'one part' : `${problems.length} parts`} of the
            assessment still to record (each is named at its field).
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" disabled={acknowledge.pending}>
            Acknowledge flag
          </button>
        </div>
        <CommandStatus status={acknowledge.status} />
      </form>
    </section>
  );
}

/** The earlier assessment, shown; copying it forward fills the fields for the clinician to confirm. */
function PlanUnchanged({
  previous,
  copied,
  onCopy,
}: {
  previous: PastAssessment;
  copied: boolean;
  onCopy: () => void;
}) {
  return (
    <div className="plan-unchanged">
      <p>{assessmentLine(previous)}.</p>
      {copied ? (
        <Notice tone="info" live>
          The earlier assessment is copied into the fields below: check each one against today’s
          session, edit what changed, then acknowledge.
        </Notice>
      ) : (
        <button type="button" className="secondary" onClick={onCopy}>
          Assessed, plan unchanged: copy the earlier assessment
        </button>
      )}
    </div>
  );
}
