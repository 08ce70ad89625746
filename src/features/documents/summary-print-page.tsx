import { useState } from 'react';
import { useParams } from 'react-router';

import { CoursePrintFrame } from '../../app-model/course-frame';
import { HandoutNames, useHandoutReview } from '../../app-model/name-review';
import type { CourseView } from '../../domain/course-view';
import { handoutName } from '../../domain/documents';
import type { CirclePlace, EndOfTreatmentSummary } from '../../domain/documents';
import { usePreferences } from '../../state/preferences';

import { CrisisLines } from './frames';
import { ScoreChart } from './score-chart';
import { useSummary } from './use-summary';

function Circle({ title, places }: { title: string; places: readonly CirclePlace[] }) {
  return (
    <section>
      <h3>{title}</h3>
      {places.length === 0 ? (
        <p>Not drawn.</p>
      ) : (
        <ul>
          {places.map((p, i) => (
            <li key={`${p.who}-${i}`}>
              {p.ring}: {p.who}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The summary on three pages: progress and circle, the plan, the letter. */
export function SummaryPrintPage() {
  const { courseId = '' } = useParams();
  const privacy = usePreferences().privacy;
  return (
    <CoursePrintFrame
      courseId={courseId}
      title="End-of-treatment summary"
      clientText={(v) => handoutName(v.client, privacy)}
      paper="handout"
      backTo={(v) => `/courses/${v.course.id}/summary`}
    >
      {(view) => <SummaryPrint view={view} />}
    </CoursePrintFrame>
  );
}

function SummaryPrint({ view }: { view: CourseView }) {
  const choice = useState(false);
  const data = useSummary(view, { roles: choice[0] });
  if (data.state !== 'ready') return <p role="status">Loading the summary…</p>;
  return <SummaryPages summary={data.summary} people={data.people} choice={choice} />;
}

interface PagesProps {
  summary: EndOfTreatmentSummary;
  people: readonly { name: string; relationship: string }[];
  choice: readonly [boolean, (roles: boolean) => void];
}

/** The therapist's words (goals, plan, letter) print as typed; names are replaced only where chosen. */
function SummaryPages({ summary, people, choice }: PagesProps) {
  const texts = [
    summary.letter,
    ...summary.goals.map((g) => g.goal),
    ...summary.relapsePlan.flatMap((section) => section.lines),
  ];
  const names = useHandoutReview(texts, people, choice);
  let at = 1;
  const s = {
    ...summary,
    letter: names.printed(0),
    goals: summary.goals.map((g) => ({ ...g, goal: names.printed(at++) })),
    relapsePlan: summary.relapsePlan.map((section) => ({
      ...section,
      lines: section.lines.map(() => names.printed(at++)),
    })),
  };
  return (
    <div className="doc-print">
      <HandoutNames state={names} label="the summary and letter" />
      <article className="print-page" aria-label="Your progress">
        <h2>{s.heading}</h2>
        <p>{s.courseLine}</p>
        <p>{s.scoreSentence}</p>
        <ScoreChart title="Your scores, session by session" points={s.scores} max={27} />
        <h3>Your goals</h3>
        <ul>
          {s.goals.map((g) => (
            <li key={g.goal}>
              {g.goal}
              {g.progress ? ` ${g.progress}` : ''}
            </li>
          ))}
        </ul>
        <h3>The people around you</h3>
        <div className="doc-sections">
          <Circle title="At the start" places={s.circle.start} />
          <Circle title="At the end" places={s.circle.end} />
        </div>
      </article>
      <article className="print-page" aria-label="Your plan for staying well">
        <h2>Your plan for staying well</h2>
        {s.relapsePlan.length === 0 ? <p>Your plan will be added at the last session.</p> : null}
        <div className="doc-sections">
          {s.relapsePlan.map((section) => (
            <section key={section.heading}>
              <h3>{section.heading}</h3>
              <ul>
                {section.lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </article>
      <article className="print-page" aria-label="Letter">
        <p className="doc-letter">{s.letter}</p>
        <CrisisLines contacts={s.crisisContacts} />
      </article>
    </div>
  );
}
