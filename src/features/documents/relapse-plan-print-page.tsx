import { useLiveQuery } from 'dexie-react-hooks';
import { useParams } from 'react-router';

import { CoursePrintFrame } from '../../app-model/course-frame';
import { HandoutNames, useHandoutReview } from '../../app-model/name-review';
import { getRelapsePlan } from '../../db/documents';
import type { CourseView } from '../../domain/course-view';
import {
  handoutName,
  RELAPSE_SECTION_LABEL,
  RELAPSE_SECTIONS,
  sanitiseForClient,
} from '../../domain/documents';
import type { RelapsePlan } from '../../domain/documents';
import { usePreferences } from '../../state/preferences';
import { Notice } from '../../ui/notice';

import { CrisisLines } from './frames';
import { useClientSources } from './use-documents';
import './documents.css';

/** The relapse plan on one page, in the client's words, with the crisis lines. */
export function RelapsePlanPrintPage() {
  const { courseId = '' } = useParams();
  const privacy = usePreferences().privacy;
  return (
    <CoursePrintFrame
      courseId={courseId}
      title="Relapse-prevention plan"
      clientText={(v) => handoutName(v.client, privacy)}
      paper="handout"
      backTo={(v) => `/courses/${v.course.id}/relapse-plan`}
    >
      {(view) => <PlanPrint view={view} />}
    </CoursePrintFrame>
  );
}

function PlanPrint({ view }: { view: CourseView }) {
  const privacy = usePreferences().privacy;
  const sources = useClientSources(view);
  const stored = useLiveQuery(
    async (): Promise<RelapsePlan | null> => (await getRelapsePlan(view.course.id)) ?? null,
    [view.course.id],
  );
  if (!sources || stored === undefined) return <p role="status">Loading the plan…</p>;
  if (stored === null) return <Notice tone="info">No plan saved yet: write it first.</Notice>;
  const plan = sanitiseForClient(
    {
      sections: RELAPSE_SECTIONS.map((s) => ({
        heading: RELAPSE_SECTION_LABEL[s],
        lines: stored[s],
      })),
    },
    { ...sources.safety, privacy },
  );
  return (
    <PlanWithNames sections={plan.sections} people={sources.people} contacts={view.contacts} />
  );
}

interface PlanProps {
  sections: { heading: string; lines: string[] }[];
  people: readonly { name: string; relationship: string }[];
  contacts: CourseView['contacts'];
}

/** The plan prints names as typed; the therapist may choose roles and replace names one by one. */
function PlanWithNames({ sections, people, contacts }: PlanProps) {
  const lines = sections.flatMap((s) => s.lines);
  const names = useHandoutReview(lines, people);
  let at = 0;
  const plan = {
    sections: sections.map((s) => ({
      heading: s.heading,
      lines: s.lines.map(() => names.printed(at++)),
    })),
  };
  return (
    <div className="doc-print">
      <HandoutNames state={names} label="the plan" />
      <article className="print-page" aria-label="My plan for staying well">
        <h2>My plan for staying well</h2>
        <div className="doc-sections">
          {plan.sections.map((s) => (
            <section key={s.heading}>
              <h3>{s.heading}</h3>
              <ul>
                {s.lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <CrisisLines contacts={contacts} />
      </article>
    </div>
  );
}
