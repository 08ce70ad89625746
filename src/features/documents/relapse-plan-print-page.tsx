import { useLiveQuery } from 'dexie-react-hooks';
import { useParams } from 'react-router';

import { getRelapsePlan } from '../../db/documents';
import {
  clientPaperLabel,
  RELAPSE_SECTION_LABEL,
  RELAPSE_SECTIONS,
  sanitiseForClient,
} from '../../domain/documents';
import { useUiStore } from '../../state/ui-store';
import { Notice } from '../../ui/notice';

import { CrisisLines, NotReady, PrintView } from './frames';
import { useClientSources } from './use-documents';

/** The relapse plan on one page, in the client's words, with the crisis lines. */
export function RelapsePlanPrintPage() {
  const { courseId = '' } = useParams();
  const privacy = useUiStore((s) => s.privacy);
  const data = useClientSources(courseId);
  const stored = useLiveQuery(async () => (await getRelapsePlan(courseId)) ?? null, [courseId]);
  if (data.state !== 'ready') return <NotReady state={data.state} />;
  if (stored === undefined) return <p>Loading…</p>;
  const back = `/courses/${courseId}/relapse-plan`;
  if (stored === null) {
    return (
      <PrintView title="Relapse-prevention plan" backTo={back}>
        <Notice tone="info">No plan saved yet: write it first.</Notice>
      </PrintView>
    );
  }
  const { sources } = data;
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
    <PrintView title="Relapse-prevention plan" backTo={back}>
      <article className="print-page" aria-label="My plan for staying well">
        <h2>My plan for staying well</h2>
        <p>{clientPaperLabel(data.client, privacy)}</p>
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
        <CrisisLines contacts={sources.crisisContacts} />
      </article>
    </PrintView>
  );
}
